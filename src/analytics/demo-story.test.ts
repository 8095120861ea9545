import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempStore } from '../../test/support/analytics-fixture.js';
import { DEMO_DEFAULTS, runDemo } from '../demo/generator.js';
import { retailJourneyDocument } from '../demo/retail-journey.js';
import { fromMapDocument } from '../domain/journey/map-document.js';
import type { EventStore } from '../store/events/event-store.js';
import type { AnalysisInput } from './analysis-input.js';
import { drivers } from './drivers.js';
import { Query } from './query.js';
import { scorecards } from './scorecards.js';
import { trends } from './trends.js';

/** The demo data tells the story it was built with; the analyses must find it. */
const map = fromMapDocument(retailJourneyDocument(), {
  workspaceId: 'ws_demo',
  now: '2026-01-01T00:00:00.000Z',
  takenKeys: new Set(),
});
const END = new Date('2026-06-30T21:00:00.000Z');
let store: EventStore;
let cleanup: () => Promise<void>;
const input: AnalysisInput = {
  query: Query.parse({
    workspaceId: 'ws_demo',
    journeyId: map.journey.id,
    period: { from: '2026-01-01T00:00:00Z', to: END.toISOString() },
    granularity: 'month',
  }),
  map,
  privacyMinimum: 5,
};

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  await runDemo(store, map, { ...DEMO_DEFAULTS, end: END, workspaceId: 'ws_demo' });
});
afterAll(() => cleanup());

describe('the demo story', () => {
  it('shows the delivery wait as the worst-scoring touchpoint, below its NPS target', async () => {
    const r = await scorecards(store, input);
    const measured = r.touchpoints.filter((t) => t.scores.nps?.visible && (t.scores.nps.n ?? 0) >= 30);
    const worst = [...measured].sort((a, b) => (a.scores.nps?.value ?? 0) - (b.scores.nps?.value ?? 0))[0];
    const wait = map.touchpoints.find((t) => t.key === 'delivery-wait');
    expect(worst?.id).toBe(wait?.id);
    expect(worst?.target).toMatchObject({ metric: 'nps', status: 'missed' });
    // Measured emotion is negative there, and the employees who deliver it are measured too.
    expect(worst?.emotion.measured).toBeLessThan(0);
    const staff = await scorecards(store, {
      ...input,
      query: { ...input.query, filters: { audience: 'employee' } },
    });
    expect(staff.touchpoints.find((t) => t.id === wait?.id)?.scores.csat?.n).toBeGreaterThan(5);
    // Relational NPS is reported on its own.
    expect(r.relational.nps?.n).toBeGreaterThan(30);
  });

  it('filters by persona and by a customer property', async () => {
    const family = map.personas.find((p) => p.name.startsWith('Busy family'));
    const all = await scorecards(store, input);
    const persona = await scorecards(store, {
      ...input,
      query: { ...input.query, filters: { personaIds: [family?.id as string] } },
    });
    const members = await scorecards(store, {
      ...input,
      query: { ...input.query, filters: { properties: { loyaltyMember: ['true'] } } },
    });
    expect(persona.journey.behaviour.events).toBeGreaterThan(0);
    expect(persona.journey.behaviour.events).toBeLessThan(all.journey.behaviour.events);
    expect(members.journey.behaviour.events).toBeGreaterThan(0);
    expect(members.journey.behaviour.events).toBeLessThan(all.journey.behaviour.events);
  });

  it('has a monthly trend for every month of the period', async () => {
    const t = await trends(store, input, { metric: 'nps' });
    expect(t.buckets).toHaveLength(6);
    expect(t.series[0]?.points.filter((p) => p.responses > 0)).toHaveLength(6);
  });

  it('finds the delivery wait as the key driver of relationship NPS, with n and R²', async () => {
    const d = await drivers(store, input);
    const wait = map.touchpoints.find((t) => t.key === 'delivery-wait');
    expect(d.refusal).toBeNull();
    expect(d.n).toBeGreaterThanOrEqual(30);
    expect(d.r2).toBeGreaterThan(0);
    expect([...d.drivers].sort((a, b) => b.importance - a.importance)[0]?.touchpointId).toBe(wait?.id);
  });

  it('refuses key drivers with a clear message when the period is too thin', async () => {
    const thin = {
      ...input,
      query: { ...input.query, period: { from: '2026-06-29T00:00:00Z', to: END.toISOString() } },
    };
    const d = await drivers(store, thin);
    expect(d.method).toBe('none');
    expect(d.refusal).toMatch(/^Not enough data: key drivers need at least 30 customers/);
  });
});
