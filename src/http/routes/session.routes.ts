import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUser,
  openSession,
  SESSION_DAYS,
  type SessionView,
  signIn,
} from '../../auth/session.service.js';
import { hashToken } from '../../auth/tokens.js';
import type { Role } from '../../domain/journey/vocabulary.js';
import { findInvitation, markInvitationAccepted } from '../../store/meta/access.repository.js';
import {
  addMember,
  deleteSession,
  findUserByEmail,
  userWorkspaces,
} from '../../store/meta/accounts.repository.js';
import { SESSION_COOKIE } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { InvitationAccept, SignIn } from '../schemas.js';

export function sessionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const setCookie = (reply: FastifyReply, token: string, secure: boolean) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: SESSION_DAYS * 86_400,
    });
  const secure = (protocol: string) => ctx.config.cookieSecure ?? protocol === 'https';

  r.get(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Who is signed in' } },
    async (req, reply) => {
      if (req.auth?.kind !== 'session')
        return sendFailure(reply, { code: 'unauthorized', message: 'not signed in' });
      const { userId, email, name, csrfToken } = req.auth;
      const view: SessionView = {
        user: { id: userId, email, name },
        workspaces: await userWorkspaces(ctx.db, userId),
        csrfToken,
      };
      return view;
    },
  );

  r.post(
    '/api/session',
    {
      schema: { tags: ['session'], summary: 'Sign in with email and password', body: SignIn },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await signIn(ctx.db, req.body.email, req.body.password, ctx.now());
      if (!result.ok) return sendFailure(reply, result.error);
      setCookie(reply, result.value.token, secure(req.protocol));
      return result.value.view;
    },
  );

  r.delete('/api/session', { schema: { tags: ['session'], summary: 'Sign out' } }, async (req, reply) => {
    if (req.auth?.kind === 'session') await deleteSession(ctx.db, req.auth.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  const TokenParams = z.object({ token: z.string().min(10).max(200) });
  r.get(
    '/api/invitations/:token',
    { schema: { tags: ['workspaces'], summary: 'Look at an invitation', params: TokenParams } },
    async (req, reply) => {
      const inv = await findInvitation(ctx.db, hashToken(req.params.token), ctx.now());
      if (!inv)
        return sendFailure(reply, {
          code: 'not_found',
          message: 'this invitation is unknown, used or expired',
        });
      const existing = await findUserByEmail(ctx.db, inv.email);
      return {
        workspaceName: inv.workspaceName,
        email: inv.email,
        role: inv.role,
        existingUser: Boolean(existing),
      };
    },
  );

  r.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags: ['workspaces'],
        summary:
          'Accept an invitation: creates the account (or checks the password of an existing one) and signs in',
        params: TokenParams,
        body: InvitationAccept,
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const now = ctx.now();
      const result = await ctx.db.transaction().execute(async (trx) => {
        const inv = await findInvitation(trx, hashToken(req.params.token), now);
        if (!inv)
          return {
            error: { code: 'not_found' as const, message: 'this invitation is unknown, used or expired' },
          };
        const existing = await findUserByEmail(trx, inv.email);
        let user: { id: string; email: string; name: string };
        if (existing) {
          const signedIn = await signIn(trx, inv.email, req.body.password, now);
          if (!signedIn.ok)
            return {
              error: {
                ...signedIn.error,
                field: 'password',
                message: 'wrong password for this existing account',
              },
            };
          user = { id: existing.id, email: existing.email, name: existing.name };
        } else {
          const created = await createUser(
            trx,
            { email: inv.email, name: req.body.name, password: req.body.password },
            now,
          );
          if (!created.ok) return { error: created.error };
          user = created.value;
        }
        await addMember(trx, inv.workspaceId, user.id, inv.role as Role, now);
        await markInvitationAccepted(trx, inv.id, now);
        return { session: await openSession(trx, user, now) };
      });
      if ('error' in result && result.error) return sendFailure(reply, result.error);
      if (!('session' in result) || !result.session)
        return sendFailure(reply, { code: 'bad_request', message: 'could not accept' });
      setCookie(reply, result.session.token, secure(req.protocol));
      return result.session.view;
    },
  );
}
