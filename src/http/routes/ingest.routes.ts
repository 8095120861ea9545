import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of the ingest API (POST /api/ingest/events) and workspace data-collection settings. */
export function ingestRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
