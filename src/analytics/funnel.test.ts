import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, flowInput, flowStore, resp } from '../../test/support/flow-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { funnel } from './funnel.js';

/*
 * Stages: Aware {ad} → Consider {web, chat, store} → Buy {pay, confirm} → Deliver {ship, parcel}.
 * Period: hours [0, 240). Times below are hours from T0.
 *
 *   c1  ad 0, web 2, pay 10, ship 30                      → all four; 2, 8, 20 h
 *   c2  ad 1, chat 5, confirm 25, parcel 97               → all four; 4, 20, 72 h
 *   c3  ad 0, web 1 (a response only), pay 49             → Buy; 1, 48 h
 *   c4  ad 5, web 9                                       → Consider; 4 h
 *   c5  ad 2 (and web 3 on another journey: ignored)      → Aware
 *   c6  web 1, ad 3, pay 4: Consider only before entering → Aware
 *   c7  ad 20, web 22, pay 764 (31.2 days after entering) → Consider; 2 h
 *   c11 ad 1, ad 100, web 101: from the FIRST entry       → Consider; 100 h
 *   not counted: null customer (ad 0, web 1); c9 enters after the period (ad 250, web 251);
 *   c10 only an employee answer at ad; c12 entered before the period (ad −10, web 5).
 *
 * N = 8 (c1 c2 c3 c4 c5 c6 c7 c11), 6 (c1 c2 c3 c4 c7 c11), 3 (c1 c2 c3), 2 (c1 c2).
 * Step conversion 6/8 = 0.75, 3/6 = 0.5, 2/3; overall 2/8 = 0.25; drop-off 2, 3, 1.
 * quantile_cont interpolates at (n − 1)·p in the sorted values:
 *   Aware→Consider [1, 2, 2, 4, 4, 100]: median 2.5 → 3; p75 3.75 → 4; p95 4.75 → 4 + 0.75·96 = 76.
 *   Consider→Buy [8, 20, 48]: median 20; p75 1.5 → 34; p95 1.9 → 20 + 0.9·28 = 45.2.
 *   Buy→Deliver [20, 72]: median 46; p75 20 + 0.75·52 = 59; p95 20 + 0.95·52 = 69.4
 *   (hidden when the privacy minimum is 3: only 2 customers).
 */
let store: EventStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ store, close } = await flowStore(
    [
      ev('c1', 'ad', 0),
      ev('c1', 'web', 2),
      ev('c1', 'pay', 10),
      ev('c1', 'ship', 30),
      ev('c2', 'ad', 1),
      ev('c2', 'chat', 5),
      ev('c2', 'confirm', 25),
      ev('c2', 'parcel', 97),
      ev('c3', 'ad', 0),
      ev('c3', 'pay', 49),
      ev('c4', 'ad', 5),
      ev('c4', 'web', 9),
      ev('c5', 'ad', 2),
      ev('c5', 'web', 3, { journeyId: 'jr_other' }),
      ev('c6', 'web', 1),
      ev('c6', 'ad', 3),
      ev('c6', 'pay', 4),
      ev('c7', 'ad', 20),
      ev('c7', 'web', 22),
      ev('c7', 'pay', 764),
      ev('c11', 'ad', 1),
      ev('c11', 'ad', 100),
      ev('c11', 'web', 101),
      ev(null, 'ad', 0),
      ev(null, 'web', 1),
      ev('c9', 'ad', 250),
      ev('c9', 'web', 251),
      ev('c12', 'ad', -10),
      ev('c12', 'web', 5),
    ],
    [resp('c3', 'web', 1), resp('c10', 'ad', 0, { audience: 'employee' })],
  ));
});
afterAll(() => close());

const stageIds = ['st_aware', 'st_consider', 'st_buy', 'st_deliver'];

describe('funnel', () => {
  it('counts customers reaching each stage in order within 30 days, with conversions, drop-off and times', async () => {
    const r = await funnel(store, flowInput(3));
    expect(r.windowDays).toBe(30);
    expect(r.overallConversion).toBe(0.25);
    expect(r.stages.map((s) => s.stageId)).toEqual(stageIds);
    expect(r.stages.map((s) => s.name)).toEqual(['Aware', 'Consider', 'Buy', 'Deliver']);
    expect(r.stages.map((s) => s.customers)).toEqual([8, 6, 3, 2]);
    expect(r.stages.map((s) => s.stepConversion)).toEqual([null, 0.75, 0.5, 2 / 3]);
    expect(r.stages.map((s) => s.dropOff)).toEqual([null, 2, 3, 1]);
    expect(r.stages[0]?.hoursFromPrevious).toBeNull();
    expect(r.stages[1]?.hoursFromPrevious).toEqual({ customers: 6, median: 3, p75: 4, p95: 76 });
    const buy = r.stages[2]?.hoursFromPrevious;
    expect(buy?.customers).toBe(3);
    expect(buy?.median).toBe(20);
    expect(buy?.p75).toBe(34);
    expect(buy?.p95).toBeCloseTo(45.2, 10);
    expect(r.stages[3]?.hoursFromPrevious).toEqual({ customers: 2, median: null, p75: null, p95: null });
  });

  it('shows the times of fewer customers when the privacy minimum allows', async () => {
    const r = await funnel(store, flowInput(1));
    const deliver = r.stages[3]?.hoursFromPrevious;
    expect(deliver?.median).toBe(46);
    expect(deliver?.p75).toBe(59);
    expect(deliver?.p95).toBeCloseTo(69.4, 10);
  });

  it('follows customers for windowDays only (inclusive)', async () => {
    // One day from entering: c1 reaches Buy at 10 but Deliver at 30 > 24; c2 reaches Buy at
    // 25 = 1 + 24 (inclusive); c3 (pay 49) and c11 (web 101) fall out.
    // N = 8, 5 (c1 c2 c3 c4 c7), 2 (c1 c2), 0.
    const r = await funnel(store, flowInput(1), { windowDays: 1 });
    expect(r.stages.map((s) => s.customers)).toEqual([8, 5, 2, 0]);
    expect(r.stages.map((s) => s.stepConversion)).toEqual([null, 5 / 8, 0.4, 0]);
    expect(r.overallConversion).toBe(0);
    expect(r.stages[3]?.hoursFromPrevious).toEqual({ customers: 0, median: null, p75: null, p95: null });
  });

  it('is empty but well-formed for a period without data', async () => {
    const r = await funnel(
      store,
      flowInput(1, { from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' }),
    );
    expect(r.stages.map((s) => s.customers)).toEqual([0, 0, 0, 0]);
    expect(r.stages.map((s) => s.stepConversion)).toEqual([null, null, null, null]);
    expect(r.overallConversion).toBeNull();
  });
});
