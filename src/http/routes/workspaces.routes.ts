import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken } from '../../auth/tokens.js';
import { newId, newSecret } from '../../domain/journey/ids.js';
import {
  audit,
  deleteInvitation,
  insertApiKey,
  insertInvitation,
  listApiKeys,
  listInvitations,
  revokeApiKey,
} from '../../store/meta/access.repository.js';
import {
  addMember,
  countOwners,
  insertWorkspace,
  listMembers,
  membershipRole,
  removeMember,
  updateMemberRole,
  userWorkspaces,
} from '../../store/meta/accounts.repository.js';
import { forgetApiKeys, requireUser, requireWorkspace, userId } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { ApiKeyCreate, InvitationCreate, RolePatch, WorkspaceCreate, WorkspaceParams } from '../schemas.js';

const INVITATION_DAYS = 14;

export function workspaceRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const admin = requireWorkspace(ctx, 'admin');
  const MemberParams = WorkspaceParams.extend({ userId: z.string().min(1).max(64) });
  const ItemParams = WorkspaceParams.extend({ id: z.string().min(1).max(64) });

  r.get('/api/workspaces', { schema: { tags: ['workspaces'] }, preHandler: requireUser() }, async (req) =>
    userWorkspaces(ctx.db, userId(req)!),
  );

  r.post(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace (you become its owner)',
        body: WorkspaceCreate,
      },
      preHandler: requireUser(),
    },
    async (req, reply) => {
      const now = ctx.now();
      const ws = { id: newId('ws'), name: req.body.name, createdAt: now };
      await ctx.db.transaction().execute(async (trx) => {
        await insertWorkspace(trx, ws);
        await addMember(trx, ws.id, userId(req)!, 'owner', now);
      });
      return reply.code(201).send({ id: ws.id, name: ws.name, role: 'owner' });
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/members',
    { schema: { tags: ['workspaces'], params: WorkspaceParams }, preHandler: read },
    async (req) => listMembers(ctx.db, req.params.workspaceId),
  );

  r.patch(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags: ['workspaces'], params: MemberParams, body: RolePatch }, preHandler: admin },
    async (req, reply) => {
      const { workspaceId, userId: member } = req.params;
      const current = await membershipRole(ctx.db, workspaceId, member);
      if (!current) return sendFailure(reply, { code: 'not_found', message: 'member not found' });
      if (current === 'owner' && req.body.role !== 'owner' && (await countOwners(ctx.db, workspaceId)) <= 1)
        return sendFailure(reply, {
          code: 'conflict',
          message: 'a workspace needs at least one owner',
          field: 'role',
        });
      await updateMemberRole(ctx.db, workspaceId, member, req.body.role);
      await audit(ctx.db, {
        workspaceId,
        userId: userId(req),
        action: `member.role.${req.body.role}`,
        subject: member,
        at: ctx.now(),
      });
      return { userId: member, role: req.body.role };
    },
  );

  r.delete(
    '/api/workspaces/:workspaceId/members/:userId',
    { schema: { tags: ['workspaces'], params: MemberParams }, preHandler: admin },
    async (req, reply) => {
      const { workspaceId, userId: member } = req.params;
      const current = await membershipRole(ctx.db, workspaceId, member);
      if (!current) return sendFailure(reply, { code: 'not_found', message: 'member not found' });
      if (current === 'owner' && (await countOwners(ctx.db, workspaceId)) <= 1)
        return sendFailure(reply, { code: 'conflict', message: 'a workspace needs at least one owner' });
      await removeMember(ctx.db, workspaceId, member);
      await audit(ctx.db, {
        workspaceId,
        userId: userId(req),
        action: 'member.remove',
        subject: member,
        at: ctx.now(),
      });
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/invitations',
    { schema: { tags: ['workspaces'], params: WorkspaceParams }, preHandler: admin },
    async (req) => listInvitations(ctx.db, req.params.workspaceId, ctx.now()),
  );

  r.post(
    '/api/workspaces/:workspaceId/invitations',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Invite someone; the link is shown once',
        params: WorkspaceParams,
        body: InvitationCreate,
      },
      preHandler: [requireUser(), admin],
    },
    async (req, reply) => {
      const now = ctx.now();
      const token = newSecret();
      const invitation = {
        id: newId('iv'),
        workspaceId: req.params.workspaceId,
        email: req.body.email.toLowerCase(),
        role: req.body.role,
        tokenHash: hashToken(token),
        createdBy: userId(req)!,
        createdAt: now,
        expiresAt: new Date(Date.parse(now) + INVITATION_DAYS * 86_400_000).toISOString(),
      };
      await insertInvitation(ctx.db, invitation);
      const { tokenHash: _h, ...shown } = invitation;
      return reply.code(201).send({ invitation: shown, url: `${ctx.publicUrl(req)}/invite/${token}` });
    },
  );

  r.delete(
    '/api/workspaces/:workspaceId/invitations/:id',
    { schema: { tags: ['workspaces'], params: ItemParams }, preHandler: admin },
    async (req, reply) => {
      if (!(await deleteInvitation(ctx.db, req.params.workspaceId, req.params.id)))
        return sendFailure(reply, { code: 'not_found', message: 'invitation not found' });
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/api-keys',
    { schema: { tags: ['api keys'], params: WorkspaceParams }, preHandler: admin },
    async (req) => listApiKeys(ctx.db, req.params.workspaceId),
  );

  r.post(
    '/api/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key; the secret is shown once',
        params: WorkspaceParams,
        body: ApiKeyCreate,
      },
      preHandler: [requireUser(), admin],
    },
    async (req, reply) => {
      const secret = newSecret('pk_');
      const apiKey = {
        id: newId('ak'),
        workspaceId: req.params.workspaceId,
        name: req.body.name,
        scope: req.body.scope,
        prefix: secret.slice(0, 10),
        secretHash: hashToken(secret),
        createdBy: userId(req)!,
        createdAt: ctx.now(),
      };
      await insertApiKey(ctx.db, apiKey);
      await audit(ctx.db, {
        workspaceId: apiKey.workspaceId,
        userId: apiKey.createdBy,
        action: 'api_key.create',
        subject: apiKey.id,
        at: apiKey.createdAt,
      });
      const { secretHash: _h, createdBy: _c, ...shown } = apiKey;
      return reply.code(201).send({ apiKey: { ...shown, lastUsedAt: null }, secret });
    },
  );

  r.delete(
    '/api/workspaces/:workspaceId/api-keys/:id',
    { schema: { tags: ['api keys'], params: ItemParams }, preHandler: admin },
    async (req, reply) => {
      if (!(await revokeApiKey(ctx.db, req.params.workspaceId, req.params.id, ctx.now())))
        return sendFailure(reply, { code: 'not_found', message: 'API key not found' });
      forgetApiKeys();
      await audit(ctx.db, {
        workspaceId: req.params.workspaceId,
        userId: userId(req),
        action: 'api_key.revoke',
        subject: req.params.id,
        at: ctx.now(),
      });
      return reply.code(204).send();
    },
  );
}
