/** Meta-store tables of the Act feature; `MetaDatabase` extends this. JSON columns are text. */
export interface ActTables {
  teams: TeamsTable;
  teamMembers: { teamId: string; userId: string };
  actSettings: { workspaceId: string; rootCauses: string };
  alertRules: AlertRulesTable;
  alertFirings: AlertFiringsTable;
  cases: CasesTable;
  caseEvents: CaseEventsTable;
  webhooks: WebhooksTable;
  notifications: NotificationsTable;
  actState: { key: string; value: string };
}

export interface TeamsTable {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  leadUserId: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface AlertRulesTable {
  id: string;
  workspaceId: string;
  kind: string;
  enabled: number;
  definition: string;
  createdAt: string;
  updatedAt: string;
}
export interface AlertFiringsTable {
  ruleId: string;
  key: string;
  workspaceId: string;
  at: string;
  caseId: string | null;
  summary: string;
}
export interface CasesTable {
  id: string;
  workspaceId: string;
  number: number;
  ruleId: string | null;
  responseId: string;
  journeyId: string | null;
  touchpointId: string | null;
  customerId: string | null;
  status: string;
  teamId: string | null;
  assigneeId: string | null;
  dueAt: string | null;
  escalatedAt: string | null;
  rootCause: string | null;
  resolution: string | null;
  response: string;
  reasons: string;
  recoverySurveyId: string | null;
  recoverySentAt: string | null;
  recoveryResponseId: string | null;
  recoveryScore: string | null;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
}
export interface CaseEventsTable {
  id: string;
  caseId: string;
  at: string;
  actorId: string | null;
  actorName: string;
  kind: string;
  data: string;
}
export interface WebhooksTable {
  id: string;
  workspaceId: string;
  name: string;
  url: string;
  format: string;
  secret: string;
  enabled: number;
  createdAt: string;
}
export interface NotificationsTable {
  id: string;
  workspaceId: string;
  channel: string;
  target: string;
  notice: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  lastStatus: number | null;
  caseId: string | null;
  ruleId: string | null;
  createdAt: string;
  finishedAt: string | null;
}
