import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of the surveys feature (named 00NN_surveys…, applied in name order). */
export const surveyMigrations: Record<string, Migration> = {
  '0003_surveys': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('surveys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('journey_id', 'text')
        .addColumn('touchpoint_id', 'text')
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('layout', 'text', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('default_language', 'text', (c) => c.notNull())
        .addColumn('questions', 'text', (c) => c.notNull())
        .addColumn('intro', 'text', (c) => c.notNull())
        .addColumn('thank_you', 'text', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('published_draft_version', 'integer')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .execute();
      await db.schema
        .createIndex('surveys_workspace')
        .on('surveys')
        .columns(['workspace_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('survey_versions')
        .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_versions_pk', ['survey_id', 'version'])
        .execute();
      await db.schema
        .createTable('survey_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('page', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('survey_sessions_idle')
        .on('survey_sessions')
        .columns(['status', 'updated_at'])
        .execute();
    },
  },
};
