import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration, migrate, schemaVersion } from './migrations.js';

async function withConnection(fn: (conn: Awaited<ReturnType<DuckDBInstance['connect']>>) => Promise<void>) {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await fn(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('event store migrations', () => {
  it('applies every migration once, in order', async () => {
    await withConnection(async (conn) => {
      expect(await migrate(conn)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(conn)).toEqual([]);
      expect(await schemaVersion(conn)).toBe(LATEST_SCHEMA_VERSION);
    });
  });

  it('rolls back a failing migration as a whole and keeps the earlier version', async () => {
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        description: 'broken',
        statements: ['CREATE TABLE half_done (x INTEGER)', 'SELECT * FROM no_such_table'],
      },
    ];
    await withConnection(async (conn) => {
      await expect(migrate(conn, broken)).rejects.toThrow();
      expect(await schemaVersion(conn)).toBe(LATEST_SCHEMA_VERSION);
      const tables = (
        await conn.runAndReadAll("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'")
      )
        .getRowsJS()
        .flat();
      expect(tables).toEqual([0n]);
    });
  });

  it('refuses a database written by a newer schema', async () => {
    await withConnection(async (conn) => {
      await migrate(conn);
      await conn.run(
        `INSERT INTO schema_version VALUES (${LATEST_SCHEMA_VERSION + 5}, 'future', now()::TIMESTAMP)`,
      );
      await expect(migrate(conn)).rejects.toThrow(/newer/);
    });
  });
});
