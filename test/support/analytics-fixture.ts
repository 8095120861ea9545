import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { fromMapDocument, MapDocument } from '../../src/domain/journey/map-document.js';
import { touchpointDefaults } from '../../src/domain/journey/touchpoint-defaults.js';
import { EventRow, ResponseRow } from '../../src/store/events/event-rows.js';
import { type EventStore, openEventStore } from '../../src/store/events/event-store.js';

/**
 * A small journey for analytics tests: two stages (Buy, Deliver), touchpoints `checkout`
 * (CSAT KPI, target 80) and `wait` (NPS KPI, target 20, hypothesis −1), a persona, and
 * row builders that place rows on them. Rows go into a real DuckDB file.
 */
export function smallJourney(workspaceId = 'ws_a'): JourneyMap {
  const doc = MapDocument.parse({
    format: 'polku.journey-map',
    version: 1,
    journey: { name: 'Small', description: '', language: 'en', variant: 'as_is' },
    stages: [
      { ref: 's1', name: 'Buy', description: '' },
      { ref: 's2', name: 'Deliver', description: '' },
    ],
    lanes: [],
    personas: [{ ref: 'p1', name: 'Busy family', description: '', color: '#d9822b' }],
    touchpoints: [
      {
        ...touchpointDefaults('Checkout'),
        ref: 't1',
        stage: 's1',
        key: 'checkout',
        kpis: [{ name: 'CSAT', target: 80, unit: '%', direction: 'higher' }],
      },
      {
        ...touchpointDefaults('Waiting for delivery'),
        ref: 't2',
        stage: 's2',
        key: 'wait',
        channel: 'delivery',
        emotion: -1,
        kpis: [{ name: 'NPS', target: 20, unit: '', direction: 'higher' }],
      },
    ],
    cards: [],
    emotions: [],
  });
  return fromMapDocument(doc, { workspaceId, now: '2026-01-01T00:00:00.000Z', takenKeys: new Set() });
}

export function touchpointOf(map: JourneyMap, key: string) {
  const tp = map.touchpoints.find((t) => t.key === key);
  if (!tp) throw new Error(`no touchpoint ${key}`);
  return tp;
}

let seq = 0;

export function eventAt(
  map: JourneyMap,
  key: string | null,
  ts: string,
  over: Partial<EventRow> = {},
): EventRow {
  const tp = key === null ? null : touchpointOf(map, key);
  return EventRow.parse({
    id: `ev_${++seq}`,
    workspaceId: map.journey.workspaceId,
    journeyId: map.journey.id,
    touchpointId: tp?.id ?? null,
    touchpointKey: tp?.key ?? null,
    stageId: tp?.stageId ?? null,
    customerId: null,
    sessionId: null,
    ts: new Date(ts),
    name: 'page_view',
    channel: tp?.channel ?? null,
    value: null,
    properties: {},
    source: 'api',
    receivedAt: new Date(ts),
    ...over,
  });
}

export function responseAt(
  map: JourneyMap,
  key: string | null,
  ts: string,
  over: Partial<ResponseRow> = {},
): ResponseRow {
  const tp = key === null ? null : touchpointOf(map, key);
  return ResponseRow.parse({
    id: `rs_${++seq}`,
    workspaceId: map.journey.workspaceId,
    surveyId: null,
    journeyId: map.journey.id,
    touchpointId: tp?.id ?? null,
    stageId: tp?.stageId ?? null,
    customerId: null,
    ts: new Date(ts),
    audience: 'customer',
    level: tp ? 'touchpoint' : 'relationship',
    nps: null,
    csat: null,
    ces: null,
    comment: null,
    language: 'en',
    channel: null,
    answers: {},
    properties: {},
    source: 'api',
    receivedAt: new Date(ts),
    surveyVersion: null,
    complete: true,
    ...over,
  });
}

/** A real DuckDB file in a temp folder; `cleanup` closes and removes it. */
export async function tempStore(): Promise<{ store: EventStore; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-analytics-'));
  const store = await openEventStore(join(dir, 'events.duckdb'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
