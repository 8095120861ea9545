/** A request to invite a list of people to a survey: what all its emails share. */
export interface SurveyInvitationBatchesTable {
  id: string;
  workspaceId: string;
  surveyId: string;
  subject: string | null;
  message: string | null;
  /** The public base URL the links in its emails use. */
  baseUrl: string;
  createdBy: string;
  createdAt: string;
}

/** queued → sending → sent | failed (retries go back to queued); skipped never sends. */
export type InvitationStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

/**
 * One email invitation. The plain address (and the customer id) are kept only until the
 * invitation is sent, skipped or given up; after that only the keyed hash and the masked
 * form remain.
 */
export interface SurveyInvitationsTable {
  id: string;
  workspaceId: string;
  surveyId: string;
  batchId: string;
  email: string | null;
  emailHash: string;
  emailMasked: string;
  customerId: string | null;
  segment: string | null;
  lang: string;
  status: InvitationStatus;
  /** skipped: unsubscribed | cooldown | duplicate; failed: the mail server's answer. */
  reason: string | null;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
}

/** Addresses that asked for no more survey invitations from a workspace (keyed hash only). */
export interface SurveyOptOutsTable {
  workspaceId: string;
  emailHash: string;
  invitationId: string | null;
  createdAt: string;
}

/** Meta-store tables of the invitations feature; `MetaDatabase` extends this. */
export interface InvitationTables {
  surveyInvitationBatches: SurveyInvitationBatchesTable;
  surveyInvitations: SurveyInvitationsTable;
  surveyOptOuts: SurveyOptOutsTable;
}
