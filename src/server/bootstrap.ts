import { hashPassword } from '../auth/password.js';
import { createUser } from '../auth/session.service.js';
import type { Config } from '../config/env.js';
import { demoAction } from '../demo/demo-action.js';
import { runDemo } from '../demo/generator.js';
import { RETAIL_JOURNEY } from '../demo/retail-journey.js';
import { newId, newSecret } from '../domain/journey/ids.js';
import { MapDocument } from '../domain/journey/map-document.js';
import { importJourney } from '../journeys/journey.service.js';
import type { EventStore } from '../store/events/event-store.js';
import {
  addMember,
  findUserByEmail,
  insertWorkspace,
  setPassword,
} from '../store/meta/accounts.repository.js';
import { insertAction } from '../store/meta/actions.repository.js';
import type { MetaDb } from '../store/meta/db.js';

export interface DemoOptions {
  seed: number;
  customers: number;
  months: number;
  end?: Date;
}

/** Creates a workspace holding the demo retailer journey and its synthetic data. */
export async function createDemoWorkspace(
  db: MetaDb,
  events: EventStore,
  ownerId: string,
  opts: DemoOptions,
  now: string,
  name = 'Demo: Kotiväri retail',
) {
  const workspaceId = newId('ws');
  const map = await db.transaction().execute(async (trx) => {
    await insertWorkspace(trx, { id: workspaceId, name, createdAt: now });
    await addMember(trx, workspaceId, ownerId, 'owner', now);
    return importJourney(trx, workspaceId, MapDocument.parse(RETAIL_JOURNEY), now);
  });
  const counts = await runDemo(events, map, {
    seed: opts.seed,
    customers: opts.customers,
    months: opts.months,
    end: opts.end ?? new Date(now),
    workspaceId,
  });
  const action = demoAction(map, ownerId, opts.end ?? new Date(now), now);
  if (action) await insertAction(db, action);
  return { workspaceId, journeyId: map.journey.id, counts };
}

/**
 * First start: the admin account (from POLKU_ADMIN_EMAIL/PASSWORD, or a generated password
 * printed once) and, unless POLKU_DEMO=off, a demo workspace. Later starts change nothing,
 * except that a configured admin password is applied again (so the env stays the truth).
 */
export async function bootstrap(
  db: MetaDb,
  events: EventStore,
  config: Config,
  now: string,
  print: (line: string) => void,
) {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  const email = config.adminEmail ?? 'admin@polku.local';
  if (anyUser) {
    if (config.adminEmail && config.adminPassword) {
      const admin = await findUserByEmail(db, config.adminEmail);
      if (admin) await setPassword(db, admin.id, await hashPassword(config.adminPassword));
    }
    return;
  }
  const password = config.adminPassword ?? newSecret().slice(0, 20);
  const created = await createUser(db, { email, name: 'Admin', password }, now);
  if (!created.ok) throw new Error(created.error.message);
  print('');
  print('  Polku: first start. Sign in with');
  print(`    email:    ${email}`);
  print(
    config.adminPassword
      ? '    password: (the one in POLKU_ADMIN_PASSWORD)'
      : `    password: ${password}   (shown only this once)`,
  );
  if (config.demo) {
    const t0 = Date.now();
    const demo = await createDemoWorkspace(
      db,
      events,
      created.value.id,
      { seed: 1, customers: config.demoCustomers, months: config.demoMonths },
      now,
    );
    print(
      `  Created the demo workspace with ${demo.counts.events} events and ${demo.counts.responses} survey responses (${Date.now() - t0} ms).`,
    );
  } else {
    const workspaceId = newId('ws');
    await insertWorkspace(db, { id: workspaceId, name: 'My workspace', createdAt: now });
    await addMember(db, workspaceId, created.value.id, 'owner', now);
  }
  print('');
}
