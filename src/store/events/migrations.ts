import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The event store's schema, as numbered migrations applied in order. Each migration runs
 * in its own transaction together with its `schema_version` row, so a crash leaves the
 * file at a whole version. Never edit a released migration: add the next one.
 *
 * Design notes (DuckDB is columnar; these tables are scanned, not looked up):
 * - No primary key or index on `id`: an ART index made appends ~25 % slower and a
 *   workspace delete ~30× slower here; uniqueness of ids is the writer's job (ingest
 *   deduplicates by id), and DuckDB's zone maps on `ts` serve time filters.
 * - Enumerations are VARCHAR checked by the zod row schemas, so adding a value needs no
 *   table rebuild; score ranges are fixed by definition and checked here too.
 * - `properties` / `answers` are JSON for segment attributes (region, loyaltyMember …),
 *   read with `properties->>'region'`.
 */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'events and responses',
    statements: [
      `CREATE TABLE events (
        id VARCHAR NOT NULL,
        workspace_id VARCHAR NOT NULL,
        journey_id VARCHAR,
        touchpoint_id VARCHAR,
        touchpoint_key VARCHAR,
        stage_id VARCHAR,
        customer_id VARCHAR,
        session_id VARCHAR,
        ts TIMESTAMP NOT NULL,
        name VARCHAR NOT NULL,
        channel VARCHAR,
        value DOUBLE,
        properties JSON NOT NULL DEFAULT '{}',
        source VARCHAR NOT NULL,
        received_at TIMESTAMP NOT NULL
      )`,
      `CREATE TABLE responses (
        id VARCHAR NOT NULL,
        workspace_id VARCHAR NOT NULL,
        survey_id VARCHAR,
        journey_id VARCHAR,
        touchpoint_id VARCHAR,
        stage_id VARCHAR,
        customer_id VARCHAR,
        ts TIMESTAMP NOT NULL,
        audience VARCHAR NOT NULL,
        level VARCHAR NOT NULL,
        nps SMALLINT CHECK (nps BETWEEN 0 AND 10),
        csat SMALLINT CHECK (csat BETWEEN 1 AND 5),
        ces SMALLINT CHECK (ces BETWEEN 1 AND 7),
        comment VARCHAR,
        language VARCHAR NOT NULL,
        channel VARCHAR,
        answers JSON NOT NULL DEFAULT '{}',
        properties JSON NOT NULL DEFAULT '{}',
        source VARCHAR NOT NULL,
        received_at TIMESTAMP NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    description: 'survey version and completeness of responses',
    statements: [
      'ALTER TABLE responses ADD COLUMN survey_version INTEGER',
      'ALTER TABLE responses ADD COLUMN complete BOOLEAN DEFAULT true',
    ],
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** The schema version of the open database (0 when empty). */
export async function schemaVersion(conn: DuckDBConnection): Promise<number> {
  await conn.run(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
  )`);
  const reader = await conn.runAndReadAll('SELECT coalesce(max(version), 0) AS v FROM schema_version');
  return Number(reader.getRowsJS()[0]?.[0] ?? 0);
}

/** Brings the database up to the latest version; returns the versions applied. */
export async function migrate(
  conn: DuckDBConnection,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const current = await schemaVersion(conn);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(`event store schema version ${current} is newer than this Polku knows (${latest})`);
  }
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    await conn.run('BEGIN TRANSACTION');
    try {
      for (const sql of m.statements) await conn.run(sql);
      await conn.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [
        m.version,
        m.description,
      ]);
      await conn.run('COMMIT');
    } catch (err) {
      await conn.run('ROLLBACK');
      throw err;
    }
    applied.push(m.version);
  }
  return applied;
}
