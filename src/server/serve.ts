import { join } from 'node:path';
import type { Config } from '../config/env.js';
import { createInvitationSender } from '../distribution/start-sender.js';
import { buildApp } from '../http/app.js';
import { createAppContext } from '../http/context.js';
import { bootstrap } from './bootstrap.js';
import { openStores } from './stores.js';

export const WEB_ROOT = join(new URL('../..', import.meta.url).pathname, 'dist', 'web');

/** Starts Polku: stores, first-start bootstrap, HTTP. Resolves once listening. */
export async function serve(config: Config) {
  const stores = await openStores(config);
  const now = () => new Date().toISOString();
  await bootstrap(stores.db, stores.events, config, now(), (line) => console.log(line));
  const ctx = createAppContext({
    db: stores.db,
    events: stores.events,
    config,
    now,
    publicUrl: (req) => config.publicUrl ?? `${req.protocol}://${req.host}`,
  });
  const app = await buildApp(ctx, { webRoot: WEB_ROOT, logger: config.logLevel !== 'silent' });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = new URL(address);
  if (config.host === '127.0.0.1' || config.host === 'localhost') url.hostname = '127.0.0.1';
  console.log(`Polku listening on ${url.origin}`);
  const invitations = createInvitationSender(stores.db, config, (line) => app.log.warn(line));
  await invitations.start();
  await ctx.act.start();
  if (invitations.mailer.delivery.kind === 'outbox')
    console.log(`Polku: no POLKU_SMTP_URL, so survey invitations go to ${invitations.mailer.delivery.dir}`);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Polku: ${signal}, shutting down`);
    await app.close();
    await invitations.stop();
    await ctx.act.stop();
    await ctx.ingest.flush();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return { app, stores, ctx, url: url.origin };
}
