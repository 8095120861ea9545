import type { Language } from '../journey/vocabulary.js';
import type { SurveyContext } from './context-token.js';
import type { Answers, SurveyDefinition } from './survey.schema.js';

/** What a survey answer becomes for the ingestor: a `ResponseInput` (see src/ingest/inputs.ts). */
export interface SurveyResponseInput {
  id: string;
  timestamp: string;
  surveyId: string;
  surveyVersion: number;
  level: SurveyDefinition['level'];
  audience: SurveyDefinition['audience'];
  touchpoint?: string;
  journeyId?: string;
  customerId?: string;
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  language: Language;
  channel?: SurveyContext['channel'];
  answers: Answers;
  properties?: Record<string, string>;
  complete: boolean;
}

export interface ResponseMeta {
  /** The respondent session: its id makes a retried submit idempotent, its start is the timestamp. */
  sessionId: string;
  startedAt: string;
  surveyId: string;
  version: number;
  language: Language;
  /** The key of the touchpoint the response is about (the bound one, or the context's at journey level). */
  touchpointKey?: string;
  complete: boolean;
}

/**
 * Maps accepted answers to a response: the first NPS, CSAT and CES questions fill the
 * standard scores and the first open text the comment; every answer (those included) is
 * kept in `answers` by its stable question id. Context: customer id, channel, and the
 * segment attributes, order id and invitation id as properties.
 */
export function toResponseInput(
  def: SurveyDefinition,
  meta: ResponseMeta,
  answers: Answers,
  context: SurveyContext,
): SurveyResponseInput {
  const first = (type: 'nps' | 'csat' | 'ces' | 'text') => {
    const q = def.questions.find((x) => x.type === type);
    return q ? answers[q.id] : undefined;
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const comment = first('text');
  const properties: Record<string, string> = { ...(context.segment ?? {}) };
  if (context.orderId !== undefined) properties.orderId = context.orderId;
  if (context.invitationId !== undefined) properties.invitationId = context.invitationId;
  const out: SurveyResponseInput = {
    id: meta.sessionId,
    timestamp: meta.startedAt,
    surveyId: meta.surveyId,
    surveyVersion: meta.version,
    level: def.level,
    audience: def.audience,
    language: meta.language,
    answers,
    complete: meta.complete,
  };
  if (def.level !== 'relationship' && meta.touchpointKey !== undefined) out.touchpoint = meta.touchpointKey;
  else if (def.level === 'journey' && def.journeyId !== null) out.journeyId = def.journeyId;
  if (context.customerId !== undefined) out.customerId = context.customerId;
  const nps = num(first('nps'));
  const csat = num(first('csat'));
  const ces = num(first('ces'));
  if (nps !== undefined) out.nps = nps;
  if (csat !== undefined) out.csat = csat;
  if (ces !== undefined) out.ces = ces;
  if (typeof comment === 'string' && comment !== '') out.comment = comment;
  if (context.channel !== undefined) out.channel = context.channel;
  if (Object.keys(properties).length) out.properties = properties;
  return out;
}
