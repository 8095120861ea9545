import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { Channel, Language } from '../journey/vocabulary.js';
import { fail, ok, type Result } from '../result.js';

/**
 * The context a survey link carries: who answers, where and why. Signed with the
 * workspace's `survey-context` secret so a respondent cannot forge it:
 * `base64url(JSON) + '.' + base64url(HMAC-SHA256(secret, first part))`.
 */
const SEGMENT_NAME = /^[A-Za-z0-9_-]{1,40}$/;

export const SurveyContext = z
  .object({
    customerId: z.string().trim().min(1).max(128).optional(),
    touchpointKey: z.string().trim().min(1).max(80).optional(),
    orderId: z.string().trim().min(1).max(128).optional(),
    channel: Channel.optional(),
    /** Segment attributes (region, loyaltyMember, persona …): stored as response properties. */
    segment: z
      .record(
        z.string().regex(SEGMENT_NAME, 'segment names are letters, digits, _ or -'),
        z.string().max(200),
      )
      .refine((s) => Object.keys(s).length <= 20, 'at most 20 segment attributes')
      .optional(),
    invitationId: z.string().trim().min(1).max(64).optional(),
    lang: Language.optional(),
    /** Expiry, epoch seconds. */
    exp: z.number().int().positive().optional(),
    /** When set, the token is only good for this survey. */
    surveyId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type SurveyContext = z.infer<typeof SurveyContext>;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signSurveyContext(secret: string, ctx: SurveyContext): string {
  const payload = Buffer.from(JSON.stringify(SurveyContext.parse(ctx))).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The context of a genuine, unexpired token; a failure says why (never which byte was wrong). */
export function verifySurveyContext(
  secret: string,
  token: string,
  nowMs: number = Date.now(),
): Result<SurveyContext> {
  const invalid = fail<SurveyContext>('bad_request', 'the survey context token is not valid', { field: 'c' });
  if (token.length > 4000) return invalid;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return invalid;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const parsed = SurveyContext.safeParse(raw);
  if (!parsed.success) return invalid;
  if (parsed.data.exp !== undefined && parsed.data.exp * 1000 < nowMs)
    return fail('bad_request', 'the survey context token has expired', { field: 'c' });
  return ok(parsed.data);
}

/**
 * Context from plain query parameters (`customer`, `order`, `channel`, `touchpoint`,
 * `seg_<name>`), for workspaces that allow unsigned context. Unknown or invalid values are
 * left out rather than failing the page.
 */
export function plainSurveyContext(query: Record<string, unknown>): SurveyContext {
  const str = (k: string) => {
    const v = query[k];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const candidate: Record<string, unknown> = {
    customerId: str('customer'),
    orderId: str('order'),
    channel: str('channel'),
    touchpointKey: str('touchpoint'),
  };
  const segment: Record<string, string> = {};
  for (const [k, v] of Object.entries(query))
    if (
      k.startsWith('seg_') &&
      SEGMENT_NAME.test(k.slice(4)) &&
      typeof v === 'string' &&
      v.length <= 200 &&
      Object.keys(segment).length < 20
    )
      segment[k.slice(4)] = v;
  const out: SurveyContext = {};
  for (const [k, v] of Object.entries(candidate)) {
    if (v === undefined) continue;
    const one = SurveyContext.safeParse({ [k]: v });
    if (one.success) Object.assign(out, one.data);
  }
  const seg = SurveyContext.safeParse({ segment });
  if (seg.success && seg.data.segment && Object.keys(seg.data.segment).length) out.segment = seg.data.segment;
  return out;
}
