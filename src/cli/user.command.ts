import { z } from 'zod';
import { createUser } from '../auth/session.service.js';
import type { Config } from '../config/env.js';
import { newSecret } from '../domain/journey/ids.js';
import { Role } from '../domain/journey/vocabulary.js';
import { Email, Password, PersonName } from '../http/schemas.js';
import { openMeta } from '../server/stores.js';
import { addMember } from '../store/meta/accounts.repository.js';
import { CliError, parseOptions } from './cli-error.js';

const Options = z.object({
  email: Email,
  name: PersonName.optional(),
  password: Password.optional(),
  workspace: z.string().min(1).optional(),
  role: Role.default('editor'),
});

export async function userAddCommand(config: Config, raw: unknown): Promise<void> {
  const o = parseOptions(Options, raw);
  const db = await openMeta(config);
  try {
    const now = new Date().toISOString();
    const password = o.password ?? newSecret().slice(0, 20);
    const created = await createUser(
      db,
      { email: o.email, name: o.name ?? o.email.split('@')[0]!, password },
      now,
    );
    if (!created.ok) throw new CliError(`--email: ${created.error.message}`);
    if (o.workspace) {
      const ws = await db
        .selectFrom('workspaces')
        .select('id')
        .where('id', '=', o.workspace)
        .executeTakeFirst();
      if (!ws) throw new CliError(`--workspace: no workspace with id ${o.workspace}`);
      await addMember(db, o.workspace, created.value.id, o.role, now);
    }
    console.log(`polku: added ${created.value.email}${o.workspace ? ` to ${o.workspace} as ${o.role}` : ''}`);
    if (!o.password) console.log(`  password: ${password}   (shown only this once)`);
  } finally {
    await db.destroy();
  }
}
