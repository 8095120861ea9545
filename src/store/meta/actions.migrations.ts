import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of improvement actions (applied in name order with the others). */
export const actionMigrations: Record<string, Migration> = {
  '0008_actions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('improvement_actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('touchpoint_ids', 'text', (c) => c.notNull())
        .addColumn('pain_point_ids', 'text', (c) => c.notNull())
        .addColumn('themes', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text')
        .addColumn('owner_team', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text')
        .addColumn('done_date', 'text')
        .addColumn('target_metric', 'text')
        .addColumn('created_by', 'text')
        .addColumn('updated_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('improvement_actions_journey')
        .on('improvement_actions')
        .columns(['workspace_id', 'journey_id', 'start_date'])
        .execute();
    },
  },
};
