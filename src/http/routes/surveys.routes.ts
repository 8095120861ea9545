import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of the survey builder API (/api/workspaces/:workspaceId/surveys…). */
export function surveyRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
