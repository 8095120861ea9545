import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/** Routes of the workspace data page, per-touchpoint data for the side panel, and the website tracker script. */
export function dataRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
