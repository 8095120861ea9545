import { newId, newSecret } from '../domain/journey/ids.js';
import { fail, ok, type Result } from '../domain/result.js';
import {
  findUserByEmail,
  insertSession,
  insertUser,
  type User,
  userWorkspaces,
  type WorkspaceMembership,
} from '../store/meta/accounts.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';
import { hashToken } from './tokens.js';

export const SESSION_DAYS = 30;

export interface SessionView {
  user: User;
  workspaces: WorkspaceMembership[];
  csrfToken: string;
}

/** Opens a session for a user; returns the cookie token (shown to nobody else) and the view. */
export async function openSession(
  db: MetaDb,
  user: User,
  now: string,
): Promise<{ token: string; view: SessionView }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.parse(now) + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(db, { id: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt });
  return { token, view: { user, workspaces: await userWorkspaces(db, user.id), csrfToken } };
}

export async function signIn(
  db: MetaDb,
  email: string,
  password: string,
  now: string,
): Promise<Result<{ token: string; view: SessionView }>> {
  const row = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !valid) return fail('unauthorized', 'wrong email or password');
  return ok(await openSession(db, { id: row.id, email: row.email, name: row.name }, now));
}

/** Creates a user (or returns the existing one with that email when `existingOk`). */
export async function createUser(
  db: MetaDb,
  input: { email: string; name: string; password: string },
  now: string,
): Promise<Result<User>> {
  if (await findUserByEmail(db, input.email))
    return fail('conflict', 'a user with this email exists already', { field: 'email' });
  const user = { id: newId('us'), email: input.email.trim().toLowerCase(), name: input.name.trim() };
  await insertUser(db, { ...user, passwordHash: await hashPassword(input.password), createdAt: now });
  return ok(user);
}
