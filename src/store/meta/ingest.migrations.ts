import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of the ingest feature. */
export const ingestMigrations: Record<string, Migration> = {
  '0002_ingest': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('workspace_secrets')
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('workspace_secrets_pk', ['workspace_id', 'purpose'])
        .execute();
      await db.schema
        .createTable('ingest_rejections')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('ingest_rejections_workspace')
        .on('ingest_rejections')
        .columns(['workspace_id', 'id'])
        .execute();
    },
  },
};
