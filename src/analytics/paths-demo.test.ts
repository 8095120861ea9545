import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS, runDemo } from '../demo/generator.js';
import { retailJourneyDocument } from '../demo/retail-journey.js';
import { fromMapDocument } from '../domain/journey/map-document.js';
import { type EventStore, openEventStore } from '../store/events/event-store.js';
import type { AnalysisInput } from './analysis-input.js';
import { funnel } from './funnel.js';
import { paths } from './paths.js';
import { Query } from './query.js';
import { waitingPhases } from './waiting.js';

/** The demo's story through funnel, waiting phases and paths (3,000 customers, six months). */
const dir = mkdtempSync(join(tmpdir(), 'polku-flow-demo-'));
const map = fromMapDocument(retailJourneyDocument(), {
  workspaceId: 'ws_demo',
  now: '2025-01-01T00:00:00.000Z',
  takenKeys: new Set(),
});
const keyOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.key ?? id;
const input: AnalysisInput = {
  query: Query.parse({
    workspaceId: 'ws_demo',
    journeyId: map.journey.id,
    period: { from: '2025-01-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' },
  }),
  map,
  privacyMinimum: 5,
};
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore(join(dir, 'events.duckdb'), { memoryLimit: '512MB' });
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

describe('the demo journey', () => {
  it('funnel: fewer customers at every stage, all six stages reached', async () => {
    const r = await funnel(store, input);
    const n = r.stages.map((s) => s.customers);
    expect(n).toHaveLength(6);
    expect(n[0]).toBeGreaterThan(2500);
    for (let k = 1; k < n.length; k++) expect(n[k]).toBeLessThan(n[k - 1] as number);
    expect(n[5]).toBeGreaterThan(0);
    // Purchase → Delivery: the goods leave within a day or so.
    expect(r.stages[3]?.hoursFromPrevious?.median).toBeGreaterThan(6);
    expect(r.stages[3]?.hoursFromPrevious?.median).toBeLessThan(48);
  });

  it('waiting phases: the delivery wait is flagged, the long deliberation before buying is not', async () => {
    const r = await waitingPhases(store, input);
    const flagged = r.gaps
      .filter((g) => g.waitingPhase)
      .map((g) => `${keyOf(g.fromTouchpointId)} → ${keyOf(g.toTouchpointId)}`);
    expect(flagged).toContain('delivery-wait → parcel-pickup');
    // Every flagged gap ends with the goods in hand.
    expect(flagged.every((f) => f.endsWith('→ parcel-pickup'))).toBe(true);
    const wait = r.gaps.find(
      (g) => keyOf(g.fromTouchpointId) === 'delivery-wait' && keyOf(g.toTouchpointId) === 'parcel-pickup',
    );
    expect(wait?.medianHours).toBeGreaterThan(48);
    const browse = r.gaps.find(
      (g) => keyOf(g.fromTouchpointId) === 'web-browse' && keyOf(g.toTouchpointId) === 'checkout',
    );
    expect(browse?.medianHours).toBeGreaterThan(24);
    expect(browse?.waitingPhase).toBe(false);
  });

  it('paths: the store window is on the map but unreached; unmeasured touchpoints and stage skips show', async () => {
    const r = await paths(store, input);
    expect(r.customers).toBeGreaterThan(2500);
    expect(r.paths).toHaveLength(10);
    expect(r.sankey.links.length).toBeGreaterThan(0);
    expect(r.differences.unmapped).toEqual([]);
    expect(r.differences.unreached.map((t) => t.key)).toEqual(['store-window']);
    const unmeasured = r.differences.unmeasured.map((t) => t.key);
    expect(unmeasured).toContain('order-confirmation');
    expect(unmeasured).not.toContain('delivery-wait');
    // Store customers carry the goods home: purchase → use and care skips the delivery stage.
    const skips = r.differences.skips.transitions.map(
      (t) => `${keyOf(t.fromTouchpointId)} → ${keyOf(t.toTouchpointId)}`,
    );
    expect(skips).toContain('store-checkout → assembly-guides');
    expect(r.differences.backwards.customers).toBeGreaterThan(0);
  });
});
