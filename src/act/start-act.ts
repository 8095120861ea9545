import { join } from 'node:path';
import type { Config } from '../config/env.js';
import { createMailer } from '../distribution/mailer.js';
import type { EventStore } from '../store/events/event-store.js';
import type { MetaDb } from '../store/meta/db.js';
import { AggregateRules } from './aggregate-rules.js';
import { AlertEngine } from './alert-engine.js';
import { NotificationDispatcher } from './dispatcher.js';
import { escalateOverdue } from './escalation.js';

export type ActJobs = ReturnType<typeof createActJobs>;

/**
 * The server's Act jobs: per-response rules every 2 s, notifications every second,
 * overdue escalation every minute, aggregate and volume rules every 15 minutes.
 */
export function createActJobs(
  db: MetaDb,
  events: EventStore,
  config: Config,
  baseUrl: string,
  log: (line: string) => void,
) {
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: join(config.dataDir, 'outbox'),
  });
  const engine = new AlertEngine({ db, events, clock: Date.now, baseUrl, log });
  const dispatcher = new NotificationDispatcher({ db, mailer, clock: Date.now, log });
  const aggregates = new AggregateRules({ db, events, clock: Date.now, baseUrl });
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, job: () => Promise<unknown>, name: string) => {
    const t = setInterval(() => {
      job().catch((err: unknown) => log(`${name}: ${(err as Error).message}`));
    }, ms);
    t.unref();
    timers.push(t);
  };
  return {
    engine,
    dispatcher,
    aggregates,
    async start() {
      await engine.start();
      await dispatcher.start();
      every(60_000, () => escalateOverdue(db, new Date().toISOString(), baseUrl), 'escalation');
      every(15 * 60_000, () => aggregates.tick(), 'aggregate rules');
    },
    async stop() {
      for (const t of timers) clearInterval(t);
      await engine.stop();
      await dispatcher.stop();
      mailer.close();
    },
  };
}
