import type { MetaDb } from '../store/meta/db.js';
import {
  claimDueInvitations,
  type DueInvitation,
  finishInvitation,
  requeueSending,
  retryInvitation,
} from '../store/meta/invitations.repository.js';
import { MailError, type Mailer, type MailMessage } from './mailer.js';
import { RateWindow } from './rate-window.js';

/** What to do with a due invitation: send this message, or stop without sending. */
export type Prepared = { send: MailMessage } | { skip: string } | { fail: string };

export interface SenderOptions {
  db: MetaDb;
  mailer: Mailer;
  ratePerMinute: number;
  /** Epoch milliseconds; tests pass their own clock. */
  clock: () => number;
  /** Builds the email (or decides to skip or fail it) just before sending. */
  prepare: (invitation: DueInvitation) => Promise<Prepared>;
  /** Never given an address. */
  log?: (line: string) => void;
}

/** Waits before the next try after the n-th transient failure; after the last, it fails. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

export interface TickResult {
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
}

/**
 * Sends queued invitations in the background, at most `ratePerMinute` per minute
 * (every attempt counts), retrying transient SMTP failures with growing delays.
 */
export class InvitationSender {
  private readonly window: RateWindow;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;

  constructor(private readonly o: SenderOptions) {
    this.window = new RateWindow(o.ratePerMinute);
  }

  /** Sends what is due and allowed now; concurrent calls share one run. */
  tick(): Promise<TickResult> {
    if (!this.running)
      this.running = this.run().finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async run(): Promise<TickResult> {
    const result: TickResult = { sent: 0, skipped: 0, failed: 0, retried: 0 };
    const now = this.o.clock();
    const due = await claimDueInvitations(this.o.db, new Date(now).toISOString(), this.window.available(now));
    for (const inv of due) {
      const at = this.o.clock();
      const iso = new Date(at).toISOString();
      let prepared: Prepared;
      try {
        prepared = await this.o.prepare(inv);
      } catch (err) {
        prepared = { fail: `could not prepare the email: ${(err as Error).message}` };
      }
      if ('skip' in prepared) {
        await finishInvitation(this.o.db, inv.id, {
          status: 'skipped',
          reason: prepared.skip,
          at: iso,
          attempts: inv.attempts,
        });
        result.skipped++;
        continue;
      }
      if ('fail' in prepared) {
        await finishInvitation(this.o.db, inv.id, {
          status: 'failed',
          reason: prepared.fail,
          at: iso,
          attempts: inv.attempts,
        });
        result.failed++;
        continue;
      }
      this.window.record(at);
      const attempts = inv.attempts + 1;
      try {
        await this.o.mailer.send(prepared.send);
        await finishInvitation(this.o.db, inv.id, { status: 'sent', reason: null, at: iso, attempts });
        result.sent++;
      } catch (err) {
        const e = err instanceof MailError ? err : new MailError(String(err), true);
        const delay = RETRY_DELAYS_MS[attempts - 1];
        if (e.transient && delay !== undefined) {
          await retryInvitation(this.o.db, inv.id, {
            reason: e.message,
            attempts,
            nextAttemptAt: new Date(at + delay).toISOString(),
          });
          result.retried++;
        } else {
          await finishInvitation(this.o.db, inv.id, {
            status: 'failed',
            reason: e.message,
            at: iso,
            attempts,
          });
          result.failed++;
        }
        this.o.log?.(`invitation ${inv.id}: ${e.transient ? 'will retry' : 'failed'}: ${e.message}`);
      }
    }
    return result;
  }

  /** Puts invitations interrupted by a crash back in the queue and ticks every `everyMs`. */
  async start(everyMs = 1000): Promise<void> {
    await requeueSending(this.o.db);
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.o.log?.(`invitation sender: ${(err as Error).message}`));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.o.mailer.close();
  }
}
