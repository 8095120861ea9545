import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS, retailJourneyDocument, runDemo } from '../demo/index.js';
import { fromMapDocument } from '../domain/journey/map-document.js';
import { type EventStore, openEventStore } from '../store/events/event-store.js';
import { Query } from './query.js';
import { themes } from './themes.js';

/** The demo's story (src/demo/comments.ts): detractors talk about delivery. */
const dir = mkdtempSync(join(tmpdir(), 'polku-themes-demo-'));
const map = fromMapDocument(retailJourneyDocument(), {
  workspaceId: 'ws_demo',
  now: '2025-01-01T00:00:00.000Z',
  takenKeys: new Set(),
});
const query = Query.parse({
  workspaceId: 'ws_demo',
  journeyId: map.journey.id,
  period: { from: '2024-12-01T00:00:00Z', to: '2025-07-01T00:00:00Z' },
});
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore(join(dir, 'events.duckdb'), { memoryLimit: '256MB', threads: 1 });
  await runDemo(store, map, {
    ...DEMO_DEFAULTS,
    end: new Date('2025-06-30T21:00:00.000Z'),
    workspaceId: 'ws_demo',
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const DELIVERY = /^(toimitus|delivery|leverans)/;

describe('themes in the demo data', () => {
  it('finds a delivery theme whose NPS is far below the rest', async () => {
    const r = await themes(store, { query, map, privacyMinimum: 5 });
    expect(r.analysed).toBeGreaterThan(150);
    const delivery = r.themes.find((t) => t.kind === 'auto' && DELIVERY.test(t.label));
    expect(delivery, r.themes.map((t) => t.label).join(', ')).toBeDefined();
    expect(r.themes[0]).toBe(delivery); // the largest theme
    expect(delivery?.nps.visible).toBe(true);
    expect(delivery?.rest.visible).toBe(true);
    expect(delivery?.nps.value).toBeLessThan(delivery?.rest.value ?? Number.NEGATIVE_INFINITY);
    expect(delivery?.effect?.significant).toBe(true);
    expect(delivery?.verbatims.length).toBe(5);
  });

  it('a user delivery theme in three languages does the same', async () => {
    const r = await themes(
      store,
      { query, map, privacyMinimum: 5 },
      {
        userThemes: [{ id: 'th_delivery', name: 'Delivery', keywords: ['toimitus', 'leverans', 'delivery'] }],
      },
    );
    const delivery = r.themes[0];
    expect(delivery?.id).toBe('th_delivery');
    expect(new Set(delivery?.verbatims.map((v) => v.language)).has('fi')).toBe(true);
    expect(delivery?.nps.value).toBeLessThan(delivery?.rest.value ?? Number.NEGATIVE_INFINITY);
    expect(delivery?.effect?.significant).toBe(true);
    // No automatic theme is built from the delivery stems again.
    expect(r.themes.filter((t) => t.kind === 'auto' && DELIVERY.test(t.label))).toEqual([]);
  });
});
