import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addCaseNote,
  caseView,
  createCaseByHand,
  customerLabel,
  patchCase,
  sendRecovery,
} from '../../act/case.service.js';
import { CaseCreate, CaseNote, CasePatch, CaseStatus } from '../../domain/cases/case.schema.js';
import { Language } from '../../domain/journey/vocabulary.js';
import { getCase, listCases, usersById } from '../../store/meta/cases.repository.js';
import { listNotifications } from '../../store/meta/notifications.repository.js';
import { listTeams, teamsOfUser } from '../../store/meta/teams.repository.js';
import { requireWorkspace, userId } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure, sendResult } from '../errors.js';
import { Email, WorkspaceParams } from '../schemas.js';

const CaseParams = WorkspaceParams.extend({ caseId: z.string().min(1).max(64) });
const NOT_FOUND = { code: 'not_found', message: 'case not found' } as const;
const InboxQuery = z
  .object({
    view: z.enum(['mine', 'team', 'overdue', 'all']).default('all'),
    status: z
      .string()
      .max(100)
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(CaseStatus))
      .optional(),
    teamId: z.string().min(1).max(64).optional(),
    touchpointId: z.string().min(1).max(64).optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
const Recovery = z
  .object({ surveyId: z.string().min(1).max(64), email: Email.optional(), lang: Language.optional() })
  .strict();

function actorOf(req: { auth: unknown }): { id: string | null; name: string } {
  const a = req.auth as { kind: string; userId?: string; name?: string; keyId?: string } | null;
  if (a?.kind === 'session') return { id: a.userId ?? null, name: a.name ?? '' };
  return { id: null, name: `API key ${a?.keyId ?? ''}`.trim() };
}

/**
 * Cases (/api/workspaces/:workspaceId/cases): the inbox (mine, my team's, overdue, all;
 * filters and search), a case with its response, customer history and trail, and its
 * changes (status, assignment, notes, contact log, root cause, recovery survey).
 */
export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['cases'];
  const base = '/api/workspaces/:workspaceId/cases';

  r.get(
    base,
    {
      schema: { tags, summary: 'The case inbox', params: WorkspaceParams, querystring: InboxQuery },
      preHandler: read,
    },
    async (req, reply) => {
      const { workspaceId } = req.params;
      const q = req.query;
      const me = userId(req);
      if ((q.view === 'mine' || q.view === 'team') && !me)
        return sendFailure(reply, {
          code: 'bad_request',
          field: 'view',
          message: 'mine and team need a signed-in person',
        });
      const teamIds = q.teamId
        ? [q.teamId]
        : q.view === 'team' && me
          ? await teamsOfUser(ctx.db, workspaceId, me)
          : undefined;
      const statuses = q.status ?? (q.view === 'all' ? undefined : (['new', 'in_progress'] as const).slice());
      const cases = await listCases(ctx.db, workspaceId, {
        ...(statuses ? { statuses } : {}),
        ...(teamIds ? { teamIds } : {}),
        ...(q.view === 'mine' && me ? { assigneeId: me } : {}),
        ...(q.touchpointId ? { touchpointId: q.touchpointId } : {}),
        ...(q.view === 'overdue' ? { overdueAt: ctx.now() } : {}),
        ...(q.q ? { search: q.q } : {}),
        limit: q.limit,
      });
      const teams = new Map((await listTeams(ctx.db, workspaceId)).map((t) => [t.id, t.name]));
      const people = await usersById(ctx.db, [
        ...new Set(cases.map((c) => c.assigneeId).filter((x): x is string => x !== null)),
      ]);
      const now = ctx.now();
      return {
        cases: cases.map((c) => ({
          id: c.id,
          number: c.number,
          status: c.status,
          touchpointId: c.touchpointId,
          journeyId: c.journeyId,
          teamId: c.teamId,
          teamName: c.teamId ? (teams.get(c.teamId) ?? null) : null,
          assigneeId: c.assigneeId,
          assigneeName: c.assigneeId ? (people.get(c.assigneeId)?.name ?? null) : null,
          dueAt: c.dueAt,
          overdue: c.dueAt !== null && c.dueAt < now && (c.status === 'new' || c.status === 'in_progress'),
          score: { nps: c.response.nps, csat: c.response.csat, ces: c.response.ces },
          comment: c.response.comment,
          customerLabel: customerLabel(c.workspaceId, c.customerId),
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        })),
      };
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Open a case by hand from a response',
        params: WorkspaceParams,
        body: CaseCreate,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await createCaseByHand(ctx.db, ctx.events, req.params.workspaceId, req.body, actorOf(req), ctx.now()),
        201,
      ),
  );

  r.get(
    `${base}/:caseId`,
    {
      schema: {
        tags,
        summary: 'A case with its response, the customer’s history and the trail',
        params: CaseParams,
      },
      preHandler: read,
    },
    async (req, reply) => {
      const c = await getCase(ctx.db, req.params.workspaceId, req.params.caseId);
      if (!c) return sendFailure(reply, NOT_FOUND);
      return caseView(ctx.db, ctx.events, c, req.workspace?.role ?? 'viewer');
    },
  );

  r.patch(
    `${base}/:caseId`,
    {
      schema: {
        tags,
        summary: 'Change status, team, assignee, due time, root cause or resolution',
        params: CaseParams,
        body: CasePatch,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await patchCase(ctx.db, req.params.workspaceId, req.params.caseId, req.body, actorOf(req), ctx.now()),
      ),
  );

  r.post(
    `${base}/:caseId/notes`,
    {
      schema: {
        tags,
        summary: 'Add an internal note or a contact-log entry',
        params: CaseParams,
        body: CaseNote,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await addCaseNote(
          ctx.db,
          req.params.workspaceId,
          req.params.caseId,
          req.body,
          actorOf(req),
          ctx.now(),
        ),
        201,
      ),
  );

  r.post(
    `${base}/:caseId/recovery`,
    {
      schema: {
        tags,
        summary: 'Make (and optionally email) a recovery-survey link for the case',
        params: CaseParams,
        body: Recovery,
      },
      preHandler: edit,
    },
    async (req, reply) =>
      sendResult(
        reply,
        await sendRecovery(
          ctx.db,
          req.params.workspaceId,
          req.params.caseId,
          req.body,
          actorOf(req),
          ctx.now(),
          ctx.publicUrl(req),
        ),
        201,
      ),
  );

  r.get(
    `${base}/:caseId/notifications`,
    {
      schema: { tags, summary: 'What was sent about the case, and how it went', params: CaseParams },
      preHandler: read,
    },
    async (req, reply) => {
      const c = await getCase(ctx.db, req.params.workspaceId, req.params.caseId);
      if (!c) return sendFailure(reply, NOT_FOUND);
      const list = await listNotifications(ctx.db, c.workspaceId, { caseId: c.id, limit: 100 });
      return {
        notifications: list.map(({ notice, ...n }) => ({
          ...n,
          type: notice.type,
          title: notice.title,
          target: n.channel === 'email' ? maskEmail(n.target) : n.target,
        })),
      };
    },
  );
}

function maskEmail(address: string): string {
  const [user = '', domain = ''] = address.split('@');
  return `${user.slice(0, 1)}…@${domain}`;
}
