import { MailError, type Mailer } from '../distribution/mailer.js';
import { noticeEmail, webhookBody } from '../domain/notify/message.js';
import { webhookHeaders } from '../domain/notify/webhook-signature.js';
import type { MetaDb } from '../store/meta/db.js';
import {
  claimDue,
  finishNotification,
  getWebhook,
  type Notification,
  requeueSendingNotifications,
} from '../store/meta/notifications.repository.js';

/** Waits before the next try after the n-th failure; after the last one the delivery is marked failed. */
export const NOTIFY_RETRY_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];

export interface DispatcherOptions {
  db: MetaDb;
  mailer: Mailer;
  clock: () => number;
  /** Per webhook call. */
  timeoutMs?: number;
  retryMs?: readonly number[];
  log?: (line: string) => void;
}

type Outcome =
  | { ok: true; httpStatus: number | null }
  | { ok: false; error: string; httpStatus: number | null; retry: boolean };

/**
 * Sends queued notifications (the outbox in SQLite): emails through the mailer, webhooks
 * as signed POSTs (Standard Webhooks headers, the notification id as `webhook-id` so a
 * receiver can drop a repeat). Failures are retried with growing delays, then marked
 * failed; every attempt is in the delivery log.
 */
export class NotificationDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly o: DispatcherOptions) {}

  tick(): Promise<number> {
    if (!this.running)
      this.running = this.run().finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async deliver(n: Notification, at: number): Promise<Outcome> {
    if (n.channel === 'email') {
      const mail = noticeEmail(n.notice);
      try {
        await this.o.mailer.send({ to: n.target, ...mail, headers: {}, reference: n.id });
        return { ok: true, httpStatus: null };
      } catch (err) {
        const e = err instanceof MailError ? err : new MailError(String(err), true);
        return { ok: false, error: e.message, httpStatus: null, retry: e.transient };
      }
    }
    const hook = await getWebhook(this.o.db, n.workspaceId, n.target);
    if (!hook) return { ok: false, error: 'the webhook was deleted', httpStatus: null, retry: false };
    if (!hook.enabled && n.notice.type !== 'test')
      return { ok: false, error: 'the webhook is switched off', httpStatus: null, retry: false };
    const body = webhookBody(hook.format, n.notice, new Date(at).toISOString());
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Polku-Webhooks/1',
      ...webhookHeaders(hook.secret, n.id, Math.floor(at / 1000), body),
    };
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true, httpStatus: res.status };
      return { ok: false, error: `the receiver answered ${res.status}`, httpStatus: res.status, retry: true };
    } catch (err) {
      const reason = (err as Error).name === 'TimeoutError' ? 'no answer in time' : (err as Error).message;
      return {
        ok: false,
        error: `could not reach the receiver: ${reason}`.slice(0, 300),
        httpStatus: null,
        retry: true,
      };
    }
  }

  private async run(): Promise<number> {
    const now = this.o.clock();
    const due = await claimDue(this.o.db, new Date(now).toISOString(), 50);
    const delays = this.o.retryMs ?? NOTIFY_RETRY_MS;
    for (const n of due) {
      const at = this.o.clock();
      const iso = new Date(at).toISOString();
      const attempts = n.attempts + 1;
      const outcome = await this.deliver(n, at);
      if (outcome.ok) {
        await finishNotification(this.o.db, n.id, {
          status: 'sent',
          attempts,
          at: iso,
          error: null,
          httpStatus: outcome.httpStatus,
        });
        continue;
      }
      const delay = delays[attempts - 1];
      if (outcome.retry && delay !== undefined) {
        await finishNotification(this.o.db, n.id, {
          status: 'queued',
          attempts,
          at: iso,
          error: outcome.error,
          httpStatus: outcome.httpStatus,
          nextAttemptAt: new Date(at + delay).toISOString(),
        });
      } else {
        await finishNotification(this.o.db, n.id, {
          status: 'failed',
          attempts,
          at: iso,
          error: outcome.error,
          httpStatus: outcome.httpStatus,
        });
      }
      this.o.log?.(`notification ${n.id} (${n.channel}): ${outcome.error}`);
    }
    return due.length;
  }

  async start(everyMs = 1000): Promise<void> {
    await requeueSendingNotifications(this.o.db);
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.o.log?.(`notifications: ${(err as Error).message}`));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
