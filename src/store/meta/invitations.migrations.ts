import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of the invitations feature (named 00NN_invitations…, applied in name order). */
export const invitationMigrations: Record<string, Migration> = {
  '0004_invitations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('survey_invitation_batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
        .addColumn('subject', 'text')
        .addColumn('message', 'text')
        .addColumn('base_url', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('survey_invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
        .addColumn('batch_id', 'text', (c) =>
          c.notNull().references('survey_invitation_batches.id').onDelete('cascade'),
        )
        .addColumn('email', 'text')
        .addColumn('email_hash', 'text', (c) => c.notNull())
        .addColumn('email_masked', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('segment', 'text')
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema
        .createIndex('survey_invitations_due')
        .on('survey_invitations')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('survey_invitations_survey')
        .on('survey_invitations')
        .columns(['workspace_id', 'survey_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('survey_invitations_address')
        .on('survey_invitations')
        .columns(['workspace_id', 'email_hash'])
        .execute();
      await db.schema
        .createTable('survey_opt_outs')
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('email_hash', 'text', (c) => c.notNull())
        .addColumn('invitation_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_opt_outs_pk', ['workspace_id', 'email_hash'])
        .execute();
    },
  },
};
