import { type ActJobs, createActJobs } from '../act/start-act.js';
import { LiveBus } from '../analytics/live.js';
import type { Config } from '../config/env.js';
import { createIngestor } from '../ingest/create-ingestor.js';
import type { Ingestor } from '../ingest/ingestor.js';
import type { EventStore } from '../store/events/event-store.js';
import type { MetaDb } from '../store/meta/db.js';

/** What every handler may use. */
export interface AppContext {
  db: MetaDb;
  events: EventStore;
  /** The ingestion pipeline: every event and response goes through it. */
  ingest: Ingestor;
  config: Config;
  /** Live updates of journeys (server-sent events): fed by every committed append. */
  live: LiveBus;
  now: () => string;
  /** Alert rules, notifications and escalation (started by the server; tests tick them). */
  act: ActJobs;
  /** The public base URL for links (share links, invitations, QR codes). */
  publicUrl: (req: { protocol: string; host: string }) => string;
}

/** The context over open stores, with the ingest pipeline built on them. */
export function createAppContext(
  parts: Omit<AppContext, 'ingest' | 'now' | 'live' | 'act'> & { now?: () => string },
): AppContext {
  const now = parts.now ?? (() => new Date().toISOString());
  const live = new LiveBus();
  const events = live.observe(parts.events);
  return {
    ...parts,
    events,
    live,
    now,
    ingest: createIngestor({ db: parts.db, events, now: () => Date.parse(now()) }),
    act: createActJobs(
      parts.db,
      events,
      parts.config,
      parts.config.publicUrl ?? `http://${parts.config.host}:${parts.config.port}`,
      (line) => console.warn(line),
    ),
  };
}
