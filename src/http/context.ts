import type { Config } from '../config/env.js';
import type { EventStore } from '../store/events/event-store.js';
import type { MetaDb } from '../store/meta/db.js';

/** What every handler may use. */
export interface AppContext {
  db: MetaDb;
  events: EventStore | null;
  config: Config;
  now: () => string;
  /** The public base URL for links (share links, invitations, QR codes). */
  publicUrl: (req: { protocol: string; host: string }) => string;
}
