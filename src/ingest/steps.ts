import type { z } from 'zod';
import { newId } from '../domain/journey/ids.js';
import type { Channel } from '../domain/journey/vocabulary.js';
import type { EventRow, EventSource, ResponseRow, ResponseSource } from '../store/events/event-rows.js';
import { fastEventInput } from './fast-event-input.js';
import {
  EventInput,
  MAX_FUTURE_MS,
  type ParsedEventInput,
  type ParsedResponseInput,
  type Rejection,
  ResponseInput,
} from './inputs.js';
import { pseudonymiser } from './pseudonymise.js';
import { matchRule, type WorkspaceView } from './workspace-view.js';

/**
 * The ingest steps, each a small function that passes the input on or stops it with a
 * typed reason: validate → resolve touchpoint → pseudonymise → enrich. (Buffering and the
 * commit are the group commit's; acknowledging is the caller's.)
 */
export type Step<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };

const stop = (field: string, reason: string) => ({ ok: false as const, field, reason });

/** Step 1: validate one input against its schema; the first problem names its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Step<z.output<S>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return stop('(item)', 'must be a JSON object');
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(item)';
  let reason = issue?.message ?? 'invalid';
  if (issue?.code === 'unrecognized_keys') reason = `unknown field(s): ${issue.keys.join(', ')}`;
  else if (issue?.code === 'invalid_type' && /received undefined$/.test(reason)) reason = 'is required';
  return stop(issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? field) : field, reason);
}

function notInFuture(ts: Date | undefined, now: number): Step<Date> {
  if (ts === undefined) return { ok: true, value: new Date(now) };
  if (ts.getTime() > now + MAX_FUTURE_MS) return stop('timestamp', 'is more than 24 hours in the future');
  return { ok: true, value: ts };
}

/** Prepared pseudonymisers by workspace key (a handful of workspaces at a time). */
const pseudonymisers = new Map<string, (id: string) => string>();

function pseudonymiserFor(key: string): (id: string) => string {
  let p = pseudonymisers.get(key);
  if (!p) {
    if (pseudonymisers.size >= 100) pseudonymisers.clear();
    p = pseudonymiser(key);
    pseudonymisers.set(key, p);
  }
  return p;
}

function customer(view: WorkspaceView, id: string | undefined): string | null {
  if (id === undefined) return null;
  if (view.settings.keepRawCustomerIds) return id;
  // The same customers send many events: remember their pseudonyms (bounded).
  let p = view.pseudonyms.get(id);
  if (p === undefined) {
    p = pseudonymiserFor(view.pseudonymKey)(id);
    if (view.pseudonyms.size >= 50_000) view.pseudonyms.clear();
    view.pseudonyms.set(id, p);
  }
  return p;
}

/** validate → resolve touchpoint (key, else mapping rules) → pseudonymise → enrich. */
export function toEventRow(
  view: WorkspaceView,
  workspaceId: string,
  input: unknown,
  source: EventSource,
  now: number,
): Step<EventRow> {
  // The common valid event skips zod; zod still decides (and explains) everything else.
  let e: ParsedEventInput | undefined = fastEventInput(input);
  if (e === undefined) {
    const v = validate(EventInput, input);
    if (!v.ok) return v;
    e = v.value;
  }
  const ts = notInFuture(e.timestamp, now);
  if (!ts.ok) return ts;
  const key = e.touchpoint ?? matchRule(view.rules, e);
  const tp = key === undefined ? undefined : view.touchpoints.get(key);
  const properties = e.url === undefined ? (e.properties ?? {}) : { ...e.properties, url: e.url };
  return {
    ok: true,
    value: {
      id: e.id ?? newId('ev'),
      workspaceId,
      journeyId: tp?.journeyId ?? null,
      touchpointId: tp?.id ?? null,
      touchpointKey: key ?? null,
      stageId: tp?.stageId ?? null,
      customerId: customer(view, e.customerId),
      sessionId: e.sessionId ?? null,
      ts: ts.value,
      name: e.name,
      channel: e.channel ?? (tp?.channel as Channel | undefined) ?? null,
      value: e.value ?? null,
      properties,
      source,
      receivedAt: new Date(now),
    },
  };
}

/** validate → resolve touchpoint or journey → pseudonymise → enrich. */
export function toResponseRow(
  view: WorkspaceView,
  workspaceId: string,
  input: unknown,
  source: ResponseSource,
  now: number,
): Step<ResponseRow> {
  const v = validate(ResponseInput, input);
  if (!v.ok) return v;
  const r: ParsedResponseInput = v.value;
  const ts = notInFuture(r.timestamp, now);
  if (!ts.ok) return ts;
  const tp = r.touchpoint === undefined ? undefined : view.touchpoints.get(r.touchpoint);
  if (r.touchpoint !== undefined && !tp)
    return stop('touchpoint', `no touchpoint with key "${r.touchpoint}" in this workspace`);
  if (r.journeyId !== undefined && !view.journeys.has(r.journeyId))
    return stop('journeyId', 'no such journey in this workspace');
  if (tp && r.journeyId !== undefined && r.journeyId !== tp.journeyId)
    return stop('journeyId', 'the touchpoint belongs to another journey');
  const level = r.level ?? (tp ? 'touchpoint' : r.journeyId !== undefined ? 'journey' : 'relationship');
  if (level === 'touchpoint' && !tp) return stop('touchpoint', 'is required for a touchpoint-level response');
  if (level === 'journey' && !tp && r.journeyId === undefined)
    return stop('journeyId', 'is required for a journey-level response');
  if (level === 'relationship' && tp)
    return stop('touchpoint', 'a relationship-level response has no touchpoint');
  if (
    r.nps === undefined &&
    r.csat === undefined &&
    r.ces === undefined &&
    r.comment === undefined &&
    !r.answers
  )
    return stop('(item)', 'a response needs at least one of nps, csat, ces, comment, answers');
  return {
    ok: true,
    value: {
      id: r.id ?? newId('rs'),
      workspaceId,
      surveyId: r.surveyId ?? null,
      journeyId: tp?.journeyId ?? r.journeyId ?? null,
      touchpointId: level === 'touchpoint' || level === 'journey' ? (tp?.id ?? null) : null,
      stageId: tp?.stageId ?? null,
      customerId: customer(view, r.customerId),
      ts: ts.value,
      audience: r.audience,
      level,
      nps: r.nps ?? null,
      csat: r.csat ?? null,
      ces: r.ces ?? null,
      comment: r.comment ?? null,
      language: r.language,
      channel: r.channel ?? null,
      answers: r.answers ?? {},
      properties: r.properties ?? {},
      source,
      receivedAt: new Date(now),
      surveyVersion: r.surveyVersion ?? null,
      complete: r.complete,
    },
  };
}

/** The rejected input as kept for the data page: customer ids removed, at most 1,000 characters. */
export function rejectedPayload(input: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(input, (k, v) => (k === 'customerId' ? '(removed)' : v)) ?? String(input);
  } catch {
    json = String(input);
  }
  return json.length > 1000 ? `${json.slice(0, 999)}…` : json;
}

export function rejection(index: number, step: { field: string; reason: string }): Rejection {
  return { index, field: step.field, reason: step.reason };
}
