import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of the website widget script and email invitations, unsubscribe. */
export function distributionRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
