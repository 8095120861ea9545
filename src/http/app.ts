import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuth } from './auth.js';
import type { AppContext } from './context.js';
import { errorHandler } from './errors.js';
import { redactUrl } from './redact-url.js';
import { actionRoutes } from './routes/actions.routes.js';
import { alertRoutes } from './routes/alerts.routes.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { caseRoutes } from './routes/cases.routes.js';
import { dataRoutes } from './routes/data.routes.js';
import { distributionRoutes } from './routes/distribution.routes.js';
import { exportRoutes } from './routes/export.routes.js';
import { importRoutes } from './routes/imports.routes.js';
import { ingestRoutes } from './routes/ingest.routes.js';
import { journeyRoutes } from './routes/journeys.routes.js';
import { mapEntityRoutes } from './routes/map-entities.routes.js';
import { respondentRoutes } from './routes/respondent.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { surveyRoutes } from './routes/surveys.routes.js';
import { teamRoutes } from './routes/teams.routes.js';
import { themeRoutes } from './routes/themes.routes.js';
import { webhookRoutes } from './routes/webhooks.routes.js';
import { workspaceRoutes } from './routes/workspaces.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app registered (method, url): the isolation test walks them all. */
    registeredRoutes: { method: string; url: string }[];
  }
}

export interface AppOptions {
  /** Where the built web app lives (index.html and assets); omitted in API-only tests. */
  webRoot?: string;
  logger?: boolean;
}

/** The public scripts for customers' sites and the ingest API. */
const CROSS_ORIGIN = /^\/(?:(?:t|widget)\.js(?:\?|$)|api\/ingest\/)/;

/** The whole HTTP application: API under /api, OpenAPI at /api/openapi.json, the web app at /. */
export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: ctx.config.logLevel,
          serializers: {
            // Ingest keys, survey context tokens and link tokens may travel in the query string.
            req: (req: { method: string; url: string; host?: string }) => ({
              method: req.method,
              url: redactUrl(req.url),
              host: req.host,
            }),
          },
          redact: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
            'res.headers["set-cookie"]',
          ],
        }
      : false,
    bodyLimit: 1024 * 1024,
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(ctx.config.logLevel),
    }),
    trustProxy:
      typeof ctx.config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(ctx.config.trustProxy)
        : ctx.config.trustProxy,
  });
  const routes: { method: string; url: string }[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) routes.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(compress, { global: true, threshold: 2048, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: true, max: 1200, timeWindow: '1 minute' });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Polku API',
        version: '1',
        description:
          'Customer journey maps, measured. Authenticate with the session cookie (browser; send x-csrf-token on changes) or `Authorization: Bearer <API key>`.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Customers' own websites load the tracker and the widget and send events (sendBeacon):
  // those answers may be used cross-origin (helmet's default is same-origin only).
  app.addHook('onSend', async (req, reply) => {
    if (CROSS_ORIGIN.test(req.url)) {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
  });
  registerAuth(app, ctx);
  sessionRoutes(app, ctx);
  workspaceRoutes(app, ctx);
  journeyRoutes(app, ctx);
  mapEntityRoutes(app, ctx);
  exportRoutes(app, ctx);
  ingestRoutes(app, ctx);
  surveyRoutes(app, ctx);
  respondentRoutes(app, ctx);
  distributionRoutes(app, ctx);
  importRoutes(app, ctx);
  analyticsRoutes(app, ctx);
  dataRoutes(app, ctx);
  themeRoutes(app, ctx);
  teamRoutes(app, ctx);
  alertRoutes(app, ctx);
  caseRoutes(app, ctx);
  webhookRoutes(app, ctx);
  actionRoutes(app, ctx);
  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));

  const webRoot = opts.webRoot;
  const index = webRoot ? join(webRoot, 'index.html') : undefined;
  if (webRoot && index && existsSync(index)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      maxAge: '1h',
      immutable: false,
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const isAsset = req.url.startsWith('/assets/');
    if (req.method === 'GET' && !req.url.startsWith('/api/') && !isAsset && index && existsSync(index)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: 'not_found', message: `no route for ${req.method} ${req.url.split('?')[0]}` });
  });
  return app;
}
