import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of the themes feature (named 00NN_themes…, applied in name order). */
export const themeMigrations: Record<string, Migration> = {
  '0006_themes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('user_themes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('keywords', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('user_themes_workspace')
        .on('user_themes')
        .columns(['workspace_id', 'created_at'])
        .execute();
    },
  },
};
