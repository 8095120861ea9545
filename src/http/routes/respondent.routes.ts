import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of the public respondent pages (/s/…) and survey QR codes. */
export function respondentRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
