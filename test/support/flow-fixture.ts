import type { AnalysisInput } from '../../src/analytics/analysis-input.js';
import { Query } from '../../src/analytics/query.js';
import type { JourneyMap, Stage, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { touchpointDefaults } from '../../src/domain/journey/touchpoint-defaults.js';
import { EventRow, ResponseRow } from '../../src/store/events/event-rows.js';
import type { EventStore } from '../../src/store/events/event-store.js';
import { tempStore } from './analytics-fixture.js';

/**
 * Test support for the funnel, paths and waiting-phase tests: a small four-stage map with
 * fixed ids, row builders in hours from T0, and a temp DuckDB file. Not used by the app.
 *
 *   Aware: ad | Consider: web, chat, store | Buy: pay, confirm | Deliver: ship, parcel
 */
export const WS = 'ws_flow';
export const JR = 'jr_flow';
/** Monday 2025-01-06 00:00 UTC; every row's time is T0 + hours. */
export const T0 = Date.UTC(2025, 0, 6);
const HOUR = 3_600_000;
/** The default period: ten days from T0 (hours 0 … 240). */
export const PERIOD = { from: new Date(T0).toISOString(), to: new Date(T0 + 240 * HOUR).toISOString() };

const STAGES = [
  ['st_aware', 'Aware'],
  ['st_consider', 'Consider'],
  ['st_buy', 'Buy'],
  ['st_deliver', 'Deliver'],
] as const;
const TOUCHPOINTS = [
  ['ad', 'st_aware'],
  ['web', 'st_consider'],
  ['chat', 'st_consider'],
  ['store', 'st_consider'],
  ['pay', 'st_buy'],
  ['confirm', 'st_buy'],
  ['ship', 'st_deliver'],
  ['parcel', 'st_deliver'],
] as const;
export type FlowKey = (typeof TOUCHPOINTS)[number][0];
export const tpId = (key: FlowKey): string => `tp_${key}`;
const stageOf = (key: FlowKey) => TOUCHPOINTS.find((t) => t[0] === key)?.[1] ?? null;

export function flowMap(): JourneyMap {
  const now = new Date(T0).toISOString();
  // Stored out of order: the analyses must sort by position.
  const stages: Stage[] = STAGES.map(([id, name], i) => ({
    id,
    journeyId: JR,
    name,
    description: '',
    position: (i + 1) * 1000,
    version: 0,
    translations: {},
  })).reverse();
  const perStage = new Map<string, number>();
  const touchpoints: Touchpoint[] = TOUCHPOINTS.map(([key, stageId]) => {
    const n = (perStage.get(stageId) ?? 0) + 1;
    perStage.set(stageId, n);
    return {
      ...touchpointDefaults(key),
      id: tpId(key),
      journeyId: JR,
      stageId,
      position: n * 1000,
      version: 0,
      translations: {},
    };
  }).reverse();
  return {
    journey: {
      id: JR,
      workspaceId: WS,
      name: 'Flow',
      description: '',
      language: 'en',
      variant: 'as_is',
      variantOf: null,
      templateId: null,
      archivedAt: null,
      version: 0,
      revision: 0,
      translations: {},
      createdAt: now,
      updatedAt: now,
    },
    stages,
    lanes: [],
    touchpoints,
    cards: [],
    personas: [],
    emotions: [],
  };
}

let n = 0;

/** An event of `customer` at touchpoint `key` at T0 + `hours`. */
export function ev(
  customer: string | null,
  key: FlowKey,
  hours: number,
  over: Partial<EventRow> = {},
): EventRow {
  const ts = new Date(T0 + hours * HOUR);
  return EventRow.parse({
    id: `ev_${++n}`,
    workspaceId: WS,
    journeyId: JR,
    touchpointId: tpId(key),
    touchpointKey: key,
    stageId: stageOf(key),
    customerId: customer,
    sessionId: null,
    ts,
    name: 'visit',
    channel: 'web',
    value: null,
    properties: {},
    source: 'api',
    receivedAt: ts,
    ...over,
  });
}

/** An event whose key matched no touchpoint (as ingest stores it). */
export function unknownEv(customer: string | null, key: string, hours: number): EventRow {
  return ev(customer, 'ad', hours, {
    journeyId: null,
    touchpointId: null,
    touchpointKey: key,
    stageId: null,
  });
}

/** A customer's NPS answer at touchpoint `key` at T0 + `hours`. */
export function resp(
  customer: string | null,
  key: FlowKey,
  hours: number,
  over: Partial<ResponseRow> = {},
): ResponseRow {
  const ts = new Date(T0 + hours * HOUR);
  return ResponseRow.parse({
    id: `rs_${++n}`,
    workspaceId: WS,
    surveyId: null,
    journeyId: JR,
    touchpointId: tpId(key),
    stageId: stageOf(key),
    customerId: customer,
    ts,
    audience: 'customer',
    level: 'touchpoint',
    nps: 8,
    csat: null,
    ces: null,
    comment: null,
    language: 'en',
    channel: 'web',
    answers: {},
    properties: {},
    source: 'api',
    receivedAt: ts,
    surveyVersion: null,
    complete: true,
    ...over,
  });
}

export function flowInput(privacyMinimum = 1, period = PERIOD): AnalysisInput {
  return { query: Query.parse({ workspaceId: WS, journeyId: JR, period }), map: flowMap(), privacyMinimum };
}

/** A real temp DuckDB file holding the rows; `close` removes it. */
export async function flowStore(
  events: EventRow[],
  responses: ResponseRow[] = [],
): Promise<{ store: EventStore; close: () => Promise<void> }> {
  const { store, cleanup } = await tempStore();
  await store.appendEvents(events);
  if (responses.length > 0) await store.appendResponses(responses);
  return { store, close: cleanup };
}
