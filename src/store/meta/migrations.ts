import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { actMigrations } from './act.migrations.js';
import { actionMigrations } from './actions.migrations.js';
import { importMigrations } from './imports.migrations.js';
import { ingestMigrations } from './ingest.migrations.js';
import { invitationMigrations } from './invitations.migrations.js';
import { surveyMigrations } from './surveys.migrations.js';
import { themeMigrations } from './themes.migrations.js';

/** Metadata schema migrations, applied in name order. Never edit a shipped one: add the next. */
const migrations: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text')
        .execute();
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('journeys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('variant', 'text', (c) => c.notNull().defaultTo('as_is'))
        .addColumn('variant_of', 'text')
        .addColumn('template_id', 'text')
        .addColumn('archived_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('journeys_workspace').on('journeys').column('workspace_id').execute();
      const child = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
          .addColumn('position', 'real', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'));
      await child('stages')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await child('lanes')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await child('touchpoints')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('stage_id', 'text', (c) => c.notNull().references('stages.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('directness', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('owner_team', 'text', (c) => c.notNull())
        .addColumn('customer_action', 'text', (c) => c.notNull())
        .addColumn('needs', 'text', (c) => c.notNull())
        .addColumn('expectations', 'text', (c) => c.notNull())
        .addColumn('motivations', 'text', (c) => c.notNull())
        .addColumn('barriers', 'text', (c) => c.notNull())
        .addColumn('brand_promise', 'text', (c) => c.notNull())
        .addColumn('emotion', 'real')
        .addColumn('moment_of_truth', 'integer', (c) => c.notNull())
        .addColumn('revenue_weight', 'real', (c) => c.notNull())
        .addColumn('engagement_weight', 'real', (c) => c.notNull())
        .addColumn('kpis', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('touchpoints_workspace_key')
        .on('touchpoints')
        .columns(['workspace_id', 'key'])
        .unique()
        .execute();
      await child('cards')
        .addColumn('lane_id', 'text', (c) => c.notNull().references('lanes.id').onDelete('cascade'))
        .addColumn('stage_id', 'text', (c) => c.notNull().references('stages.id').onDelete('cascade'))
        .addColumn('touchpoint_id', 'text', (c) => c.references('touchpoints.id').onDelete('set null'))
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await child('personas')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('color', 'text', (c) => c.notNull())
        .execute();
      for (const t of ['stages', 'lanes', 'touchpoints', 'cards', 'personas']) {
        await db.schema.createIndex(`${t}_journey`).on(t).column('journey_id').execute();
      }
      await db.schema
        .createTable('emotions')
        .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
        .addColumn('persona_id', 'text', (c) => c.notNull().references('personas.id').onDelete('cascade'))
        .addColumn('touchpoint_id', 'text', (c) =>
          c.notNull().references('touchpoints.id').onDelete('cascade'),
        )
        .addColumn('value', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('emotions_pk', ['persona_id', 'touchpoint_id'])
        .execute();
      await db.schema.createIndex('emotions_journey').on('emotions').column('journey_id').execute();
      await db.schema
        .createTable('share_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await sql`select 1`.execute(db);
    },
  },
};

/** Every feature keeps its migrations beside its tables; names are globally ordered (0002_…, 0003_…). */
const all: Record<string, Migration> = {
  ...migrations,
  ...ingestMigrations,
  ...surveyMigrations,
  ...invitationMigrations,
  ...importMigrations,
  ...themeMigrations,
  ...actMigrations,
  ...actionMigrations,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => all,
};
