import { join } from 'node:path';
import type { Config } from '../config/env.js';
import type { MetaDb } from '../store/meta/db.js';
import { forgetInvitationContexts } from '../store/meta/invitations.repository.js';
import { INVITATION_LINK_DAYS, invitationPreparer } from './invitation-delivery.js';
import { InvitationSender } from './invitation-sender.js';
import { createMailer } from './mailer.js';

/**
 * The server's invitation sender: SMTP from the configuration (or the outbox folder), the
 * configured rate, the wall clock. Once an hour it also forgets the customer ids of
 * invitations whose links have expired.
 */
export function createInvitationSender(db: MetaDb, config: Config, log: (line: string) => void) {
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: join(config.dataDir, 'outbox'),
  });
  const sender = new InvitationSender({
    db,
    mailer,
    ratePerMinute: config.mailRatePerMinute,
    clock: Date.now,
    prepare: invitationPreparer(db, Date.now),
    log,
  });
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () =>
    forgetInvitationContexts(
      db,
      new Date(Date.now() - INVITATION_LINK_DAYS * 86_400_000).toISOString(),
    ).catch((err: unknown) => log(`invitation sweep: ${(err as Error).message}`));
  return {
    mailer,
    async start() {
      await sender.start();
      await sweep();
      sweeper = setInterval(sweep, 3_600_000);
      sweeper.unref();
    },
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await sender.stop();
    },
  };
}
