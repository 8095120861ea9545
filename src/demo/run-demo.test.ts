import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromMapDocument } from '../domain/journey/map-document.js';
import { openEventStore } from '../store/events/event-store.js';
import { DEMO_DEFAULTS, generateDemoData, runDemo } from './generator.js';
import { retailJourneyDocument } from './retail-journey.js';

const dir = mkdtempSync(join(tmpdir(), 'polku-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runDemo into a real DuckDB file', () => {
  const map = fromMapDocument(retailJourneyDocument(), {
    workspaceId: 'ws_demo',
    now: '2025-01-01T00:00:00.000Z',
    takenKeys: new Set(),
  });
  const opts = { ...DEMO_DEFAULTS, end: new Date('2025-06-30T21:00:00.000Z'), workspaceId: 'ws_demo' };
  let elapsedMs = 0;
  let counts: Awaited<ReturnType<typeof runDemo>>;
  const file = join(dir, 'events.duckdb');

  beforeAll(async () => {
    const store = await openEventStore(file);
    const t0 = performance.now();
    counts = await runDemo(store, map, opts);
    elapsedMs = performance.now() - t0;
    await store.close();
  });

  it('generates and appends the default demo (3,000 customers × 6 months) well under 10 s', () => {
    console.info(
      `demo: ${counts.customers} customers, ${counts.events} events, ${counts.responses} responses in ${Math.round(elapsedMs)} ms`,
    );
    expect(elapsedMs).toBeLessThan(10_000);
    expect(counts.customers).toBeGreaterThan(2900);
    expect(counts.events).toBeGreaterThan(20_000);
    expect(counts.responses).toBeGreaterThan(500);
  });

  it('stores exactly what was generated, per touchpoint, after a reopen', async () => {
    const data = generateDemoData(map, opts);
    expect(counts.events).toBe(data.events.length);
    expect(counts.responses).toBe(data.responses.length);
    const expected = new Map<string, { events: number; responses: number }>();
    const bump = (id: string | null, field: 'events' | 'responses') => {
      if (id === null) return;
      const row = expected.get(id) ?? { events: 0, responses: 0 };
      row[field] += 1;
      expected.set(id, row);
    };
    for (const e of data.events) bump(e.touchpointId, 'events');
    for (const r of data.responses) bump(r.touchpointId, 'responses');

    const store = await openEventStore(file);
    try {
      expect(await store.hasData('ws_demo')).toBe(true);
      const stored = await store.countsByTouchpoint('ws_demo', map.journey.id);
      expect(stored).toEqual(
        [...expected]
          .map(([touchpointId, c]) => ({ touchpointId, ...c }))
          .sort((a, b) => (a.touchpointId < b.touchpointId ? -1 : 1)),
      );
      const storeWindow = map.touchpoints.find((t) => t.key === 'store-window');
      expect(stored.some((c) => c.touchpointId === storeWindow?.id)).toBe(false); // nobody measures it yet
      await store.deleteWorkspace('ws_demo');
      expect(await store.hasData('ws_demo')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
