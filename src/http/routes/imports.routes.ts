import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of CSV / JSON-lines imports from the web app (/api/workspaces/:workspaceId/imports…). */
export function importRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
