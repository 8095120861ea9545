import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JourneyCreate, JourneyPatch } from '../../domain/journey/journey.schema.js';
import { MapDocument } from '../../domain/journey/map-document.js';
import { TEMPLATES } from '../../domain/journey/templates.js';
import {
  createJourney,
  createToBeVersion,
  duplicateJourney,
  importJourney,
} from '../../journeys/journey.service.js';
import {
  deleteJourney,
  getJourney,
  listJourneys,
  loadMap,
  patchJourney,
} from '../../store/meta/journeys.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure, sendResult } from '../errors.js';
import { JourneyParams, WorkspaceParams } from '../schemas.js';

export function journeyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['journeys'];

  r.get('/api/templates', { schema: { tags, summary: 'Journey templates' } }, async () => TEMPLATES);

  r.get(
    '/api/workspaces/:workspaceId/journeys',
    {
      schema: {
        tags,
        summary: 'List journeys (active, or archived with ?archived=true)',
        params: WorkspaceParams,
        querystring: z.object({ archived: z.enum(['true', 'false']).default('false') }),
      },
      preHandler: read,
    },
    async (req) => listJourneys(ctx.db, req.params.workspaceId, req.query.archived === 'true'),
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys',
    {
      schema: {
        tags,
        summary: 'Create a journey from a template',
        params: WorkspaceParams,
        body: JourneyCreate,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const result = await ctx.db
        .transaction()
        .execute((trx) => createJourney(trx, req.params.workspaceId, req.body, ctx.now()));
      return sendResult(reply, result, 201);
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys/import',
    {
      schema: {
        tags,
        summary: 'Import a polku.journey-map JSON document as a new journey',
        params: WorkspaceParams,
        body: MapDocument,
      },
      preHandler: edit,
      bodyLimit: 20 * 1024 * 1024,
    },
    async (req, reply) => {
      const map = await ctx.db
        .transaction()
        .execute((trx) => importJourney(trx, req.params.workspaceId, req.body, ctx.now()));
      return reply.code(201).send(map);
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    { schema: { tags, summary: 'The whole map of a journey', params: JourneyParams }, preHandler: read },
    async (req, reply) => {
      const map = await loadMap(ctx.db, req.params.workspaceId, req.params.journeyId);
      if (!map) return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      reply.header('x-journey-revision', String(map.journey.revision));
      return map;
    },
  );

  r.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/revision',
    {
      schema: { tags, summary: 'The map revision, for cheap polling', params: JourneyParams },
      preHandler: read,
    },
    async (req, reply) => {
      const j = await getJourney(ctx.db, req.params.workspaceId, req.params.journeyId);
      if (!j) return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      return { revision: j.revision, version: j.version };
    },
  );

  r.patch(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    {
      schema: {
        tags,
        summary: 'Rename, describe, archive or unarchive',
        params: JourneyParams,
        body: JourneyPatch,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { version, archived, ...rest } = req.body;
      const now = ctx.now();
      const changes: Record<string, unknown> = { ...rest };
      if (archived !== undefined) changes.archivedAt = archived ? now : null;
      const result = await ctx.db.transaction().execute(async (trx) => {
        const patched = await patchJourney(
          trx,
          req.params.workspaceId,
          req.params.journeyId,
          version,
          changes,
          now,
        );
        if (patched.status === 'ok') {
          await trx
            .updateTable('journeys')
            .set((eb) => ({ revision: eb('revision', '+', 1) }))
            .where('id', '=', req.params.journeyId)
            .execute();
          patched.entity.revision += 1;
        }
        return patched;
      });
      if (result.status === 'not_found')
        return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      if (result.status === 'conflict')
        return sendFailure(reply, {
          code: 'conflict',
          message: 'someone else changed this journey; here is the latest version',
          current: result.current,
        });
      reply.header('x-journey-revision', String(result.entity.revision));
      return result.entity;
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/duplicate',
    {
      schema: {
        tags,
        summary: 'Copy a journey',
        params: JourneyParams,
        body: z.object({ name: z.string().trim().min(1).max(200).optional() }).default({}),
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const result = await ctx.db
        .transaction()
        .execute((trx) =>
          duplicateJourney(trx, req.params.workspaceId, req.params.journeyId, ctx.now(), req.body.name),
        );
      return sendResult(reply, result, 201);
    },
  );

  r.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/to-be',
    {
      schema: { tags, summary: 'Create the to-be version of an as-is journey', params: JourneyParams },
      preHandler: edit,
    },
    async (req, reply) => {
      const result = await ctx.db
        .transaction()
        .execute((trx) => createToBeVersion(trx, req.params.workspaceId, req.params.journeyId, ctx.now()));
      return sendResult(reply, result, 201);
    },
  );

  r.delete(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    { schema: { tags, summary: 'Delete a journey for good', params: JourneyParams }, preHandler: edit },
    async (req, reply) => {
      const deleted = await ctx.db
        .transaction()
        .execute((trx) => deleteJourney(trx, req.params.workspaceId, req.params.journeyId));
      if (!deleted) return sendFailure(reply, { code: 'not_found', message: 'journey not found' });
      return reply.code(204).send();
    },
  );
}
