/** Meta-store tables of improvement actions; `MetaDatabase` extends this. */
export interface ActionTables {
  improvementActions: ImprovementActionsTable;
}

/** One improvement action; id lists and the target metric are JSON text. */
export interface ImprovementActionsTable {
  id: string;
  workspaceId: string;
  journeyId: string;
  title: string;
  description: string;
  touchpointIds: string;
  painPointIds: string;
  themes: string;
  ownerUserId: string | null;
  ownerTeam: string;
  status: string;
  startDate: string;
  dueDate: string | null;
  doneDate: string | null;
  targetMetric: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}
