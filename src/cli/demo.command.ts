import { z } from 'zod';
import type { Config } from '../config/env.js';
import { createDemoWorkspace } from '../server/bootstrap.js';
import { openStores } from '../server/stores.js';
import { findUserByEmail } from '../store/meta/accounts.repository.js';
import { CliError, parseOptions } from './cli-error.js';

const Options = z.object({
  seed: z.coerce.number().int('must be a whole number'),
  customers: z.coerce.number().int().min(1).max(10_000_000),
  months: z.coerce.number().int().min(1).max(60),
  owner: z.email().optional(),
});

export async function demoCommand(config: Config, raw: unknown): Promise<void> {
  const o = parseOptions(Options, raw);
  const stores = await openStores(config);
  try {
    const owner = o.owner
      ? await findUserByEmail(stores.db, o.owner)
      : await stores.db.selectFrom('users').selectAll().orderBy('createdAt').limit(1).executeTakeFirst();
    if (!owner)
      throw new CliError(
        o.owner
          ? `--owner: no user ${o.owner}`
          : 'no users yet: run `polku serve` once or `polku user add` first',
      );
    const t0 = Date.now();
    const demo = await createDemoWorkspace(
      stores.db,
      stores.events,
      owner.id,
      o,
      new Date().toISOString(),
      `Demo (seed ${o.seed})`,
    );
    console.log(
      `polku: demo workspace ${demo.workspaceId} for ${owner.email}: journey ${demo.journeyId}, ${demo.counts.events} events, ${demo.counts.responses} responses in ${Date.now() - t0} ms`,
    );
  } finally {
    await stores.close();
  }
}
