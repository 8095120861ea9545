import type { Kysely, Migration } from 'kysely';

/** Meta-store migrations of the Act feature: teams, alert rules, cases, notifications. */
export const actMigrations: Record<string, Migration> = {
  '0007_act': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('lead_user_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('teams_workspace').on('teams').columns(['workspace_id', 'name']).execute();
      await db.schema
        .createTable('team_members')
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('act_settings')
        .addColumn('workspace_id', 'text', (c) =>
          c.primaryKey().references('workspaces.id').onDelete('cascade'),
        )
        .addColumn('root_causes', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alert_rules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_rules_workspace')
        .on('alert_rules')
        .columns(['workspace_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('alert_firings')
        .addColumn('rule_id', 'text', (c) => c.notNull().references('alert_rules.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text')
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('alert_firings_pk', ['rule_id', 'key'])
        .execute();
      await db.schema
        .createIndex('alert_firings_at')
        .on('alert_firings')
        .columns(['rule_id', 'at'])
        .execute();
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('rule_id', 'text')
        .addColumn('response_id', 'text', (c) => c.notNull())
        .addColumn('journey_id', 'text')
        .addColumn('touchpoint_id', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text')
        .addColumn('assignee_id', 'text')
        .addColumn('due_at', 'text')
        .addColumn('escalated_at', 'text')
        .addColumn('root_cause', 'text')
        .addColumn('resolution', 'text')
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('recovery_survey_id', 'text')
        .addColumn('recovery_sent_at', 'text')
        .addColumn('recovery_response_id', 'text')
        .addColumn('recovery_score', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .execute();
      await db.schema
        .createIndex('cases_response')
        .on('cases')
        .columns(['workspace_id', 'response_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('cases_number')
        .on('cases')
        .columns(['workspace_id', 'number'])
        .unique()
        .execute();
      await db.schema
        .createIndex('cases_status')
        .on('cases')
        .columns(['workspace_id', 'status', 'due_at'])
        .execute();
      await db.schema
        .createTable('case_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('notice', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('case_id', 'text')
        .addColumn('rule_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('notifications_due')
        .on('notifications')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('notifications_target')
        .on('notifications')
        .columns(['workspace_id', 'target', 'created_at'])
        .execute();
      await db.schema
        .createTable('act_state')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
