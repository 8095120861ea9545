import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_ROOT_CAUSES } from '../../domain/cases/case.schema.js';
import { newId } from '../../domain/journey/ids.js';
import { membershipRole } from '../../store/meta/accounts.repository.js';
import {
  deleteTeam,
  getTeam,
  listTeams,
  rootCauses,
  saveTeam,
  setRootCauses,
  type Team,
} from '../../store/meta/teams.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { Email, WorkspaceParams } from '../schemas.js';

const TeamParams = WorkspaceParams.extend({ teamId: z.string().min(1).max(64) });
const TeamFields = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    email: Email.nullable().default(null),
    leadUserId: z.string().min(1).max(64).nullable().default(null),
    memberIds: z.array(z.string().min(1).max(64)).max(500).default([]),
  })
  .strict();
const TeamPatch = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    email: Email.nullable(),
    leadUserId: z.string().min(1).max(64).nullable(),
    memberIds: z.array(z.string().min(1).max(64)).max(500),
  })
  .partial()
  .strict();
const RootCauses = z
  .object({
    rootCauses: z
      .array(z.string().trim().min(1, 'must not be empty').max(120))
      .min(1, 'keep at least one root cause')
      .max(100)
      .refine(
        (l) => new Set(l.map((x) => x.toLocaleLowerCase('fi'))).size === l.length,
        'each root cause once',
      ),
  })
  .strict();
const NOT_FOUND = { code: 'not_found', message: 'team not found' } as const;
const same = (a: string, b: string) => a.toLocaleLowerCase('fi') === b.toLocaleLowerCase('fi');

/**
 * Teams (/api/workspaces/:workspaceId/teams): a touchpoint's `ownerTeam` names one, and its
 * cases go there. Also the workspace's root-cause list for closing cases.
 */
export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['teams'];
  const base = '/api/workspaces/:workspaceId/teams';

  async function memberProblem(workspaceId: string, ids: (string | null | undefined)[]) {
    for (const [i, id] of ids.entries()) {
      if (id && !(await membershipRole(ctx.db, workspaceId, id)))
        return {
          code: 'bad_request' as const,
          field: i === 0 ? 'leadUserId' : `memberIds.${i - 1}`,
          message: 'not a member of this workspace',
        };
    }
    return null;
  }

  r.get(
    base,
    { schema: { tags, summary: 'The workspace’s teams', params: WorkspaceParams }, preHandler: read },
    async (req) => ({
      teams: await listTeams(ctx.db, req.params.workspaceId),
    }),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Create a team (its name matches touchpoints’ owner team)',
        params: WorkspaceParams,
        body: TeamFields,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId } = req.params;
      const teams = await listTeams(ctx.db, workspaceId);
      if (teams.some((t) => same(t.name, req.body.name)))
        return sendFailure(reply, {
          code: 'conflict',
          field: 'name',
          message: 'a team with this name exists',
        });
      if (teams.length >= 200)
        return sendFailure(reply, { code: 'conflict', message: 'a workspace has at most 200 teams' });
      const problem = await memberProblem(workspaceId, [req.body.leadUserId, ...req.body.memberIds]);
      if (problem) return sendFailure(reply, problem);
      const now = ctx.now();
      const team: Team = {
        id: newId('team'),
        workspaceId,
        ...req.body,
        memberIds: [...new Set(req.body.memberIds)],
        createdAt: now,
        updatedAt: now,
      };
      await saveTeam(ctx.db, team);
      return reply.code(201).send(team);
    },
  );

  r.patch(
    `${base}/:teamId`,
    {
      schema: {
        tags,
        summary: 'Rename a team, change its address, lead or members',
        params: TeamParams,
        body: TeamPatch,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId, teamId } = req.params;
      const team = await getTeam(ctx.db, workspaceId, teamId);
      if (!team) return sendFailure(reply, NOT_FOUND);
      const name = req.body.name;
      if (
        name !== undefined &&
        (await listTeams(ctx.db, workspaceId)).some((t) => t.id !== teamId && same(t.name, name))
      )
        return sendFailure(reply, {
          code: 'conflict',
          field: 'name',
          message: 'a team with this name exists',
        });
      const problem = await memberProblem(workspaceId, [req.body.leadUserId, ...(req.body.memberIds ?? [])]);
      if (problem) return sendFailure(reply, problem);
      const next: Team = {
        ...team,
        ...req.body,
        memberIds: req.body.memberIds ? [...new Set(req.body.memberIds)] : team.memberIds,
        updatedAt: ctx.now(),
      };
      await saveTeam(ctx.db, next);
      return next;
    },
  );

  r.delete(
    `${base}/:teamId`,
    {
      schema: {
        tags,
        summary: 'Delete a team (its cases keep their history, unassigned)',
        params: TeamParams,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      if (!(await deleteTeam(ctx.db, req.params.workspaceId, req.params.teamId)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );

  const rc = '/api/workspaces/:workspaceId/root-causes';
  r.get(
    rc,
    {
      schema: { tags, summary: 'Root causes to choose from when closing a case', params: WorkspaceParams },
      preHandler: read,
    },
    async (req) => ({
      rootCauses: await rootCauses(ctx.db, req.params.workspaceId, DEFAULT_ROOT_CAUSES),
    }),
  );
  r.put(
    rc,
    {
      schema: { tags, summary: 'Replace the root-cause list', params: WorkspaceParams, body: RootCauses },
      preHandler: edit,
    },
    async (req) => {
      await setRootCauses(ctx.db, req.params.workspaceId, req.body.rootCauses);
      return { rootCauses: req.body.rootCauses };
    },
  );
}
