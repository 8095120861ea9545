import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/env.js';
import { type EventStore, openEventStore } from '../store/events/event-store.js';
import { type MetaDb, migrateMetaDb, openMetaDb } from '../store/meta/db.js';

export interface Stores {
  db: MetaDb;
  events: EventStore;
  close(): Promise<void>;
}

export const metaPath = (config: Config) => join(config.dataDir, 'polku.sqlite');
export const eventsPath = (config: Config) => join(config.dataDir, 'events.duckdb');

/** Opens the metadata store (migrated) alone: enough for commands that touch no events. */
export async function openMeta(config: Config): Promise<MetaDb> {
  mkdirSync(config.dataDir, { recursive: true });
  const db = openMetaDb(metaPath(config));
  await migrateMetaDb(db);
  return db;
}

/** Opens both stores. DuckDB lets one process own its file: a second `polku` process gets a clear error. */
export async function openStores(config: Config): Promise<Stores> {
  const db = await openMeta(config);
  let events: EventStore;
  try {
    events = await openEventStore(eventsPath(config), {
      memoryLimit: config.duckdbMemoryLimit,
      threads: config.duckdbThreads,
    });
  } catch (err) {
    await db.destroy();
    const message = err instanceof Error ? err.message : String(err);
    if (/lock/i.test(message))
      throw new Error(
        `The event store ${eventsPath(config)} is in use by another Polku process (is the server running?). Stop it first.`,
      );
    throw err;
  }
  return {
    db,
    events,
    async close() {
      await events.close();
      await db.destroy();
    },
  };
}
