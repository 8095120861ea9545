import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, flowInput, flowStore, resp, tpId } from '../../test/support/flow-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { waitingPhases } from './waiting.js';

/*
 * Designed order: ad | web chat store | pay confirm | ship parcel. Hours from T0, events
 * unless marked (R = a customer survey response):
 *
 *   w1  ad 0, web 40, pay 50, confirm 51, ship 75, parcel 123
 *   w2  ad 0, web 30, pay 50, confirm 51, ship 81, parcel 111
 *   w3  ad 0, web 50, pay 60, confirm 62, ship 110, parcel 158, R chat 120
 *   w4  ad 0, web 26, pay 30, confirm 31, ship 43, ship 50, parcel 67, R parcel 60
 *   w5, w6  ad 0        w7  ad 0, web 100        no customer: ad 0, web 1, pay 2 (left out)
 *
 * Observed transitions (events, repeats collapsed) by customers: ad→web 5; web→pay,
 * pay→confirm, confirm→ship, ship→parcel 4 each (ties in the designed order) → ranks 1 … 5. Candidates: the 7
 * designed pairs in map order, then web→pay (observed only). Customers with an event at:
 * ad 7, web 5, chat 0, store 0, pay/confirm/ship/parcel 4.
 *
 *   ad→web      40, 30, 50, 26, 100 → [26 30 40 50 100] median 40, p75 50; go-on 5/7; measured 0
 *   pay→confirm 1, 1, 2, 1 → median 1 (pos 1.5), p75 1.25 (pos 2.25); go-on 1; measured 0
 *   confirm→ship 24, 30, 48, 12 (w4's 2nd ship has no confirm since the 1st) → [12 24 30 48]
 *               median 27, p75 30 + 0.25·18 = 34.5; go-on 1; measured 0 → WAITING PHASE
 *   ship→parcel 48, 30, 48, 24 (w4: from the first ship, 43) → [24 30 48 48] median 39, p75 48;
 *               measured 1/4 (w3's chat answer at 120; w4's answer AT parcel does not count)
 *   web→pay     10, 20, 10, 4 → [4 10 10 20] median 10, p75 12.5; go-on 4/5; measured 0
 */
let store: EventStore;
let close: () => Promise<void>;

beforeAll(async () => {
  const buyer = (c: string, t: [number, number, number, number, number, number]) => [
    ev(c, 'ad', t[0]),
    ev(c, 'web', t[1]),
    ev(c, 'pay', t[2]),
    ev(c, 'confirm', t[3]),
    ev(c, 'ship', t[4]),
    ev(c, 'parcel', t[5]),
  ];
  ({ store, close } = await flowStore(
    [
      ...buyer('w1', [0, 40, 50, 51, 75, 123]),
      ...buyer('w2', [0, 30, 50, 51, 81, 111]),
      ...buyer('w3', [0, 50, 60, 62, 110, 158]),
      ...buyer('w4', [0, 26, 30, 31, 43, 67]),
      ev('w4', 'ship', 50),
      ev('w5', 'ad', 0),
      ev('w6', 'ad', 0),
      ev('w7', 'ad', 0),
      ev('w7', 'web', 100),
      ev(null, 'ad', 0),
      ev(null, 'web', 1),
      ev(null, 'pay', 2),
    ],
    [resp('w3', 'chat', 120), resp('w4', 'parcel', 60)],
  ));
});
afterAll(() => close());

const empty = {
  customers: 0,
  gaps: 0,
  measuredShare: null,
  medianHours: null,
  p75Hours: null,
  waitingPhase: false,
};

describe('waitingPhases', () => {
  it('measures designed and observed gaps and flags the long unmeasured one customers cannot leave', async () => {
    const r = await waitingPhases(store, flowInput(3));
    expect(r.rule).toEqual({ minHours: 24, minGoOnShare: 0.8, maxMeasuredShare: 0.1, minCustomers: 3 });
    expect(r.gaps).toEqual([
      {
        fromTouchpointId: tpId('ad'),
        toTouchpointId: tpId('web'),
        designed: true,
        observedRank: 1,
        customersAtFrom: 7,
        customers: 5,
        gaps: 5,
        goOnShare: 5 / 7,
        measuredShare: 0,
        medianHours: 40,
        p75Hours: 50,
        waitingPhase: false,
      },
      {
        fromTouchpointId: tpId('web'),
        toTouchpointId: tpId('chat'),
        designed: true,
        observedRank: null,
        customersAtFrom: 5,
        goOnShare: 0,
        ...empty,
      },
      {
        fromTouchpointId: tpId('chat'),
        toTouchpointId: tpId('store'),
        designed: true,
        observedRank: null,
        customersAtFrom: 0,
        goOnShare: null,
        ...empty,
      },
      {
        fromTouchpointId: tpId('store'),
        toTouchpointId: tpId('pay'),
        designed: true,
        observedRank: null,
        customersAtFrom: 0,
        goOnShare: null,
        ...empty,
      },
      {
        fromTouchpointId: tpId('pay'),
        toTouchpointId: tpId('confirm'),
        designed: true,
        observedRank: 3,
        customersAtFrom: 4,
        customers: 4,
        gaps: 4,
        goOnShare: 1,
        measuredShare: 0,
        medianHours: 1,
        p75Hours: 1.25,
        waitingPhase: false,
      },
      {
        fromTouchpointId: tpId('confirm'),
        toTouchpointId: tpId('ship'),
        designed: true,
        observedRank: 4,
        customersAtFrom: 4,
        customers: 4,
        gaps: 4,
        goOnShare: 1,
        measuredShare: 0,
        medianHours: 27,
        p75Hours: 34.5,
        waitingPhase: true,
      },
      {
        fromTouchpointId: tpId('ship'),
        toTouchpointId: tpId('parcel'),
        designed: true,
        observedRank: 5,
        customersAtFrom: 4,
        customers: 4,
        gaps: 4,
        goOnShare: 1,
        measuredShare: 0.25,
        medianHours: 39,
        p75Hours: 48,
        waitingPhase: false,
      },
      {
        fromTouchpointId: tpId('web'),
        toTouchpointId: tpId('pay'),
        designed: false,
        observedRank: 2,
        customersAtFrom: 5,
        customers: 4,
        gaps: 4,
        goOnShare: 0.8,
        measuredShare: 0,
        medianHours: 10,
        p75Hours: 12.5,
        waitingPhase: false,
      },
    ]);
  });

  const flagged = (r: Awaited<ReturnType<typeof waitingPhases>>) =>
    r.gaps.filter((g) => g.waitingPhase).map((g) => `${g.fromTouchpointId}>${g.toTouchpointId}`);

  it('takes the thresholds as options', async () => {
    const looser = await waitingPhases(store, flowInput(3), { maxMeasuredShare: 0.25, minGoOnShare: 0.7 });
    // ship→parcel is now measured little enough; ad→web (go-on 5/7 ≈ 0.71, median 40) goes on enough.
    expect(flagged(looser)).toEqual(['tp_ad>tp_web', 'tp_confirm>tp_ship', 'tp_ship>tp_parcel']);
    const longer = await waitingPhases(store, flowInput(3), { minHours: 28 });
    expect(flagged(longer)).toEqual([]);
  });

  it('hides medians of fewer customers than the privacy minimum and flags nothing from them', async () => {
    const r = await waitingPhases(store, flowInput(5));
    expect(flagged(r)).toEqual([]);
    expect(r.gaps.map((g) => g.medianHours)).toEqual([40, null, null, null, null, null, null, null]);
  });

  it('looks at the designed pairs only when asked for no observed transitions', async () => {
    const r = await waitingPhases(store, flowInput(3), { topTransitions: 0 });
    expect(r.gaps).toHaveLength(7);
    expect(r.gaps.every((g) => g.designed && g.observedRank === null)).toBe(true);
    expect(flagged(r)).toEqual(['tp_confirm>tp_ship']);
  });
});
