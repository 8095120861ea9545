import { type Readable, Transform } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listImportRuns, mappingName, recordImportRun } from '../../imports/import-runs.js';
import { Mapping } from '../../imports/mapping.js';
import { ImportSetupError, type MappingChoice, runImport } from '../../imports/run-import.js';
import { IMPORT_FORMATS, IMPORT_KINDS } from '../../imports/targets.js';
import { isTimeZone } from '../../imports/values.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

/** The largest file the web app may upload (streamed, never held in memory). */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;
/** A dry run looks at the start of the file only. */
const DRY_RUN_ROWS = 5000;
const KEPT_ERRORS = 1000;

/** Body types passed through as a stream: the route reads them chunk by chunk. */
const STREAMED = [
  'text/csv',
  'text/tab-separated-values',
  'application/x-ndjson',
  'application/jsonl',
  'application/octet-stream',
];

const ImportQuery = z.object({
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(IMPORT_FORMATS).default('csv'),
  /** "auto" (guess from the columns), a built-in's name, or a mapping as JSON. */
  mapping: z.string().min(1).max(20_000).default('auto'),
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  touchpoint: z.string().trim().min(1).max(80).optional(),
  /** The uploaded file's name, for the import log. */
  fileName: z.string().trim().min(1).max(255).optional(),
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'is not a known time zone (e.g. Europe/Helsinki)')
    .optional(),
});

const RowErrorSchema = z.object({ line: z.number().int(), field: z.string(), reason: z.string() });
const ImportReportSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(IMPORT_FORMATS),
  mapping: z.unknown(),
  headers: z.array(z.string()),
  dryRun: z.boolean(),
  rowsRead: z.number().int(),
  rowsRejected: z.number().int(),
  stored: z.number().int(),
  storedEvents: z.number().int(),
  storedResponses: z.number().int(),
  duplicates: z.number().int(),
  wouldStore: z.number().int(),
  errors: z.array(RowErrorSchema),
  preview: z.array(
    z.object({
      line: z.number().int(),
      kind: z.enum(['event', 'response']),
      row: z.record(z.string(), z.unknown()),
    }),
  ),
  complete: z.boolean(),
  elapsedMs: z.number(),
  rowsPerSecond: z.number(),
});

/** Counts the bytes of an upload and stops it past the limit. */
function limited(body: Readable, max: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(Object.assign(new Error('the file is too large'), { statusCode: 413 }));
      else done(null, chunk);
    },
  });
  body.on('error', (err) => counter.destroy(err));
  return body.pipe(counter);
}

function badRequest(reply: FastifyReply, issues: { path: string; message: string }[]): FastifyReply {
  const message = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  return reply.code(400).send({ error: 'bad_request', message, issues });
}

function mappingChoice(
  raw: string,
  kind: (typeof IMPORT_KINDS)[number],
): MappingChoice | { issues: { path: string; message: string }[] } {
  if (!raw.trimStart().startsWith('{')) return raw.trim();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { issues: [{ path: 'mapping', message: 'is not valid JSON' }] };
  }
  const withKind = json && typeof json === 'object' && !('kind' in json) ? { ...json, kind } : json;
  const parsed = Mapping.safeParse(withKind);
  if (!parsed.success)
    return {
      issues: parsed.error.issues.map((i) => ({
        path: ['mapping', ...i.path].join('.'),
        message: i.message,
      })),
    };
  return parsed.data;
}

/**
 * Imports from the web app: the file is the request body (text/csv or application/x-ndjson),
 * streamed through the same runImport as the CLI, chunk by chunk, with the mapping in the
 * query. A dry run reads the start of the file and stores nothing.
 */
export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/workspaces/:workspaceId/imports',
    {
      preHandler: requireWorkspace(ctx, 'read'),
      schema: {
        tags: ['imports'],
        summary:
          'The latest imports of the workspace (not dry runs), newest first, with their first rejected rows',
        params: WorkspaceParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      },
    },
    async (req) => ({ runs: await listImportRuns(ctx.db, req.params.workspaceId, req.query.limit) }),
  );

  app.register(async (scope) => {
    scope.addContentTypeParser(STREAMED, (_req, payload, done) => done(null, payload));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/workspaces/:workspaceId/imports',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        preHandler: requireWorkspace(ctx, 'edit'),
        schema: {
          tags: ['imports'],
          summary:
            'Import a CSV or JSON-lines file (the request body, streamed) as events, tickets or responses; dryRun=true stores nothing',
          params: WorkspaceParams,
          querystring: ImportQuery,
          response: { 200: ImportReportSchema },
        },
      },
      async (req, reply) => {
        const body = req.body as unknown;
        if (!body || typeof (body as Readable).pipe !== 'function')
          return sendFailure(reply, {
            code: 'bad_request',
            field: 'content-type',
            message: `send the file as the body with content-type ${STREAMED.slice(0, 3).join(', ')}`,
          });
        const q = req.query;
        const mapping = mappingChoice(q.mapping, q.kind);
        if (typeof mapping === 'object' && 'issues' in mapping) {
          (body as Readable).resume();
          return badRequest(reply, mapping.issues);
        }
        const startedAt = ctx.now();
        try {
          const report = await runImport({
            ingestor: ctx.ingest,
            workspaceId: req.params.workspaceId,
            input: limited(body as Readable, MAX_IMPORT_BYTES),
            format: q.format,
            kind: q.kind,
            mapping,
            overrides: {
              ...(q.touchpoint ? { touchpoint: q.touchpoint } : {}),
              ...(q.timezone ? { timezone: q.timezone } : {}),
            },
            dryRun: q.dryRun,
            keepErrors: KEPT_ERRORS,
            ...(q.dryRun ? { maxRows: DRY_RUN_ROWS } : {}),
          });
          if (!report.dryRun) {
            const auth = req.auth;
            await recordImportRun(
              ctx.db,
              {
                workspaceId: req.params.workspaceId,
                source: 'web',
                actor:
                  auth?.kind === 'session'
                    ? auth.email
                    : auth?.kind === 'api_key'
                      ? `API key ${auth.keyId}`
                      : '',
                fileName: q.fileName ?? `upload.${q.format}`,
                mappingName: mappingName(q.mapping.trimStart().startsWith('{') ? mapping : q.mapping),
                startedAt,
                finishedAt: ctx.now(),
              },
              report,
            );
          }
          return report;
        } catch (err) {
          if (err instanceof ImportSetupError) {
            (body as Readable).resume();
            return badRequest(
              reply,
              err.problems.map((p) => {
                const at = p.indexOf(': ');
                const head = at > 0 ? p.slice(0, at) : '';
                if (/^(columns|properties)\b/.test(head))
                  return { path: `mapping.${head}`, message: p.slice(at + 2) };
                if (head === 'mapping' || head === 'kind') return { path: head, message: p.slice(at + 2) };
                return { path: '(body)', message: p };
              }),
            );
          }
          const status = (err as { statusCode?: number }).statusCode;
          if (status === 413) {
            const plain: FastifyReply = reply;
            return plain
              .code(413)
              .send({ error: 'payload_too_large', message: 'the file is larger than 2 GB' });
          }
          if ((err as { code?: string }).code === 'ECONNRESET' || (err as Error).message === 'aborted')
            return badRequest(reply, [{ path: '(body)', message: 'the upload was interrupted' }]);
          throw err;
        }
      },
    );
  });
}
