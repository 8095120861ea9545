import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import type { Failure, Result } from '../domain/result.js';

export interface ApiError {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
  current?: unknown;
}

const STATUS: Record<Failure['code'], number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

export function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  const body: ApiError = { error: f.code, message: f.field ? `${f.field}: ${f.message}` : f.message };
  if (f.field) body.issues = [{ path: f.field, message: f.message }];
  if (f.current !== undefined) body.current = f.current;
  return reply.code(STATUS[f.code]).send(body);
}

/** Sends a service Result: the value with `status`, or the failure as an API error. */
export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200): FastifyReply {
  if (!result.ok) return sendFailure(reply, result.error);
  return reply.code(status).send(result.value);
}

function zodIssues(err: ZodError) {
  return err.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
}

function describe(issues: { path: string; message: string }[]): string {
  const first = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  return first.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/** Bad input → 400 naming the field; oversized → 413; never a stack trace. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where =
      err.validationContext && err.validationContext !== 'body' ? `${err.validationContext}.` : '';
    const issues = err.validation.map((v) => ({
      path: `${where}${v.instancePath.replace(/^\//, '').replaceAll('/', '.')}` || '(body)',
      message: v.message ?? 'invalid',
    }));
    return reply.code(400).send({ error: 'bad_request', message: describe(issues), issues });
  }
  if (err instanceof ZodError) {
    const issues = zodIssues(err);
    return reply.code(400).send({ error: 'bad_request', message: describe(issues), issues });
  }
  const status = err.statusCode ?? 500;
  if (status === 413)
    return reply.code(413).send({ error: 'payload_too_large', message: 'the request body is too large' });
  if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: err.message });
  if (status >= 400 && status < 500) {
    const message =
      err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported content type: send application/json'
        : err.message;
    return reply.code(status).send({ error: status === 404 ? 'not_found' : 'bad_request', message });
  }
  req.log.error({ err }, 'unhandled error');
  return reply
    .code(500)
    .send({ error: 'internal', message: 'something went wrong on our side; it has been logged' });
}
