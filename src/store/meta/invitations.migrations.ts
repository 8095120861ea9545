import type { Migration } from 'kysely';

/** Meta-store migrations of the invitations feature (named 00NN_invitations…, applied in name order). */
export const invitationMigrations: Record<string, Migration> = {};
