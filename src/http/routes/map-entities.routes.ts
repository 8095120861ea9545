import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  CardCreate,
  CardPatch,
  EmotionSet,
  LaneCreate,
  LanePatch,
  PersonaCreate,
  PersonaPatch,
  StageCreate,
  StagePatch,
  TouchpointCreate,
  TouchpointPatch,
} from '../../domain/journey/journey.schema.js';
import { type Failure, fail } from '../../domain/result.js';
import { checkPatchReferences, createEntity } from '../../journeys/journey.service.js';
import { isUniqueViolation } from '../../store/meta/db.js';
import {
  bumpRevision,
  deleteEntity,
  type EntityKind,
  getEntity,
  getJourney,
  patchEntity,
  setEmotion,
} from '../../store/meta/journeys.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { IdParams, JourneyParams } from '../schemas.js';

const SCHEMAS: Record<EntityKind, { create: z.ZodType; patch: z.ZodType; label: string }> = {
  stages: { create: StageCreate, patch: StagePatch, label: 'stage' },
  lanes: { create: LaneCreate, patch: LanePatch, label: 'lane' },
  touchpoints: { create: TouchpointCreate, patch: TouchpointPatch, label: 'touchpoint' },
  cards: { create: CardCreate, patch: CardPatch, label: 'card' },
  personas: { create: PersonaCreate, patch: PersonaPatch, label: 'persona' },
};

const KEY_TAKEN: Failure = {
  code: 'conflict',
  message: 'this key is already used by another touchpoint in the workspace',
  field: 'key',
};

/** Create, patch (with optimistic version check) and delete for every kind of map entity. */
export function mapEntityRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const edit = requireWorkspace(ctx, 'edit');

  for (const [kind, { create, patch, label }] of Object.entries(SCHEMAS) as [
    EntityKind,
    (typeof SCHEMAS)[EntityKind],
  ][]) {
    const tags = ['map'];
    r.post(
      `/api/workspaces/:workspaceId/journeys/:journeyId/${kind}`,
      { schema: { tags, summary: `Add a ${label}`, params: JourneyParams, body: create }, preHandler: edit },
      async (req, reply) => {
        const { workspaceId, journeyId } = req.params;
        const now = ctx.now();
        try {
          const result = await ctx.db.transaction().execute(async (trx) => {
            if (!(await getJourney(trx, workspaceId, journeyId)))
              return fail('not_found', 'journey not found');
            const created = await createEntity(trx, workspaceId, journeyId, kind, req.body);
            if (created.ok)
              reply.header('x-journey-revision', String(await bumpRevision(trx, journeyId, now)));
            return created;
          });
          if (!result.ok) return sendFailure(reply, result.error);
          return reply.code(201).send(result.value);
        } catch (err) {
          if (isUniqueViolation(err)) return sendFailure(reply, KEY_TAKEN);
          throw err;
        }
      },
    );

    r.patch(
      `/api/workspaces/:workspaceId/journeys/:journeyId/${kind}/:id`,
      {
        schema: {
          tags,
          summary: `Change a ${label} (send its current version)`,
          params: IdParams,
          body: patch,
        },
        preHandler: edit,
      },
      async (req, reply) => {
        const { workspaceId, journeyId, id } = req.params;
        const { version, ...changes } = req.body as { version: number } & Record<string, unknown>;
        const now = ctx.now();
        try {
          const result = await ctx.db.transaction().execute(async (trx) => {
            if (!(await getJourney(trx, workspaceId, journeyId))) return { status: 'not_found' as const };
            const refs = await checkPatchReferences(trx, journeyId, kind, changes);
            if (!refs.ok) return { status: 'invalid' as const, error: refs.error };
            const patched = await patchEntity(trx, kind, journeyId, id, version, changes);
            if (patched.status === 'ok')
              reply.header('x-journey-revision', String(await bumpRevision(trx, journeyId, now)));
            return patched;
          });
          if (result.status === 'invalid') return sendFailure(reply, result.error);
          if (result.status === 'not_found')
            return sendFailure(reply, { code: 'not_found', message: `${label} not found` });
          if (result.status === 'conflict')
            return sendFailure(reply, {
              code: 'conflict',
              message: `someone else changed this ${label} (your version ${version}, now ${(result.current as { version: number }).version}); here is the latest`,
              current: result.current,
            });
          return result.entity;
        } catch (err) {
          if (isUniqueViolation(err)) return sendFailure(reply, KEY_TAKEN);
          throw err;
        }
      },
    );

    r.delete(
      `/api/workspaces/:workspaceId/journeys/:journeyId/${kind}/:id`,
      { schema: { tags, summary: `Delete a ${label}`, params: IdParams }, preHandler: edit },
      async (req, reply) => {
        const { workspaceId, journeyId, id } = req.params;
        const now = ctx.now();
        const result = await ctx.db.transaction().execute(async (trx) => {
          if (!(await getJourney(trx, workspaceId, journeyId))) return false;
          if (kind === 'stages') {
            const count = await trx
              .selectFrom('stages')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('journeyId', '=', journeyId)
              .executeTakeFirst();
            if (Number(count?.n) <= 1 && (await getEntity(trx, 'stages', journeyId, id)))
              return 'last_stage' as const;
          }
          const deleted = await deleteEntity(trx, kind, journeyId, id);
          if (deleted) reply.header('x-journey-revision', String(await bumpRevision(trx, journeyId, now)));
          return deleted;
        });
        if (result === 'last_stage')
          return sendFailure(reply, { code: 'conflict', message: 'a journey needs at least one stage' });
        if (!result) return sendFailure(reply, { code: 'not_found', message: `${label} not found` });
        return reply.code(204).send();
      },
    );
  }

  r.put(
    '/api/workspaces/:workspaceId/journeys/:journeyId/emotions',
    {
      schema: {
        tags: ['map'],
        summary: "Set (or clear with null) a persona's emotion at a touchpoint",
        params: JourneyParams,
        body: EmotionSet,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId, journeyId } = req.params;
      const { personaId, touchpointId, value } = req.body;
      const result = await ctx.db.transaction().execute(async (trx) => {
        if (!(await getJourney(trx, workspaceId, journeyId))) return fail('not_found', 'journey not found');
        if (!(await getEntity(trx, 'personas', journeyId, personaId)))
          return fail('bad_request', 'no such persona in this journey', { field: 'personaId' });
        if (!(await getEntity(trx, 'touchpoints', journeyId, touchpointId)))
          return fail('bad_request', 'no such touchpoint in this journey', { field: 'touchpointId' });
        await setEmotion(trx, journeyId, personaId, touchpointId, value);
        reply.header('x-journey-revision', String(await bumpRevision(trx, journeyId, ctx.now())));
        return { ok: true as const, value: null };
      });
      if (!result.ok) return sendFailure(reply, result.error);
      return reply.code(204).send();
    },
  );
}
