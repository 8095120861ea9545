import { z } from 'zod';

/** A case: one unhappy customer's response for a team to turn around (the inner loop). */
export const CaseStatus = z.enum(['new', 'in_progress', 'resolved', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['in_progress', 'resolved', 'closed'],
  in_progress: ['resolved', 'closed'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

/** Whether a case may move from one status to another (resolved or closed → in progress is a reopen). */
export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Resolving or closing asks for a root cause and a resolution note. */
export function needsRootCause(to: CaseStatus): boolean {
  return to === 'resolved' || to === 'closed';
}

/** The root-cause list a new workspace starts with (editable). */
export const DEFAULT_ROOT_CAUSES = [
  'Delivery delay',
  'Product quality',
  'Wrong or missing item',
  'Communication',
  'Staff behaviour',
  'Website or app',
  'Price or billing',
  'Process or policy',
  'Other',
] as const;

/** What the audit trail records. */
export const CaseEventKind = z.enum([
  'opened',
  'assigned',
  'status',
  'note',
  'contact',
  'due',
  'escalated',
  'recovery_sent',
  'recovery_answered',
]);
export type CaseEventKind = z.infer<typeof CaseEventKind>;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const CasePatch = z
  .object({
    status: CaseStatus.optional(),
    teamId: z.string().min(1).max(64).nullable().optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    rootCause: text(120).optional(),
    resolution: text(4000).optional(),
    dueAt: z.iso.datetime({ offset: true, message: 'use an ISO 8601 date-time' }).nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'send at least one field to change' });
export type CasePatch = z.infer<typeof CasePatch>;

export const CaseNote = z
  .object({
    kind: z.enum(['note', 'contact']),
    text: text(4000),
    /** For a contact: how the customer was reached. */
    channel: z.enum(['phone', 'email', 'chat', 'sms', 'in_person', 'other']).optional(),
  })
  .strict();
export type CaseNote = z.infer<typeof CaseNote>;

export const CaseCreate = z
  .object({
    responseId: z.string().min(1).max(128),
    teamId: z.string().min(1).max(64).nullable().optional(),
    assigneeId: z.string().min(1).max(64).nullable().optional(),
    slaHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(24),
    note: text(4000).optional(),
  })
  .strict();
export type CaseCreate = z.infer<typeof CaseCreate>;

/** The response a case is about, as it was stored (the customer's text is shown escaped). */
export interface CaseResponse {
  id: string;
  ts: string;
  surveyId: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  language: string;
  channel: string | null;
  audience: string;
  level: string;
  answers: Record<string, unknown>;
}

export interface RecoveryScore {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  at: string;
}

export interface Case {
  id: string;
  workspaceId: string;
  number: number;
  ruleId: string | null;
  responseId: string;
  journeyId: string | null;
  touchpointId: string | null;
  /** As stored: pseudonymised unless the workspace keeps raw ids. */
  customerId: string | null;
  status: CaseStatus;
  teamId: string | null;
  assigneeId: string | null;
  dueAt: string | null;
  escalatedAt: string | null;
  rootCause: string | null;
  resolution: string | null;
  response: CaseResponse;
  reasons: string[];
  recoverySurveyId: string | null;
  recoverySentAt: string | null;
  recoveryResponseId: string | null;
  recoveryScore: RecoveryScore | null;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
}

export interface CaseEvent {
  id: string;
  caseId: string;
  at: string;
  actorId: string | null;
  actorName: string;
  kind: CaseEventKind;
  data: Record<string, unknown>;
}
