import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, flowInput, flowStore, resp, tpId, unknownEv } from '../../test/support/flow-fixture.js';
import type { EventStore } from '../store/events/event-store.js';
import { paths } from './paths.js';

/*
 * Stage index: ad 0 | web chat store 1 | pay confirm 2 | ship parcel 3. Hours from T0;
 * period [0, 240). Events unless marked R (a customer response, which counts as a visit).
 *
 *   p1  ad 0, web 1, web 2, pay 3, ship 4, app-push 5 (unknown key) → ad web pay ship
 *   p2  ad 0, web 1, pay 5, confirm 6, app-push 5                  → ad web pay confirm
 *   p3  ad 0, web 1, pay 2, R pay 2.5, tp_old 4 (off the map)      → ad web pay
 *   p4  ad 0, web 1, ship 300 (after the period)                   → ad web
 *   p5  ad 0, web 1                                                → ad web
 *   p6  ad 0, pay 1, parcel 2                                      → ad pay parcel      (ad→pay skips)
 *   p7  web 0, ad 1, web 2, ship 3                                 → web ad web ship    (web→ad back,
 *                                                                                        web→ship skips)
 *   p8  R ad 0, chat 1                                             → ad chat
 *   no customer: ad 0, web 1, app-push 5; an employee's answer at web; an event with key
 *   "confirm" that matched nothing when it arrived (the key is on the map now: not unmapped).
 *
 * Customers 8. Whole paths: [ad web] 2, then 1 each, ordered step by step in the designed order
 * (a prefix first): [ad web pay] [ad web pay confirm] [ad web pay ship] [ad chat] [ad pay parcel]
 * [web ad web ship].
 * Cut to 3 steps, top 3: [ad web pay] 3 (p1 p2 p3), [ad web] 2, [ad chat] 1 (before [ad pay parcel]).
 *   sankey nodes 0:ad 6, 1:web 5, 1:chat 1, 2:pay 3; links ad→web 5, ad→chat 1, web→pay 3.
 * Unmapped: app-push (unknown key) 2 customers, 3 events; tp_old (not on the journey) 1, 1.
 * Unreached: store. Unmeasured (events, no customer response): web 6 customers / 9 events,
 * ship 2/2, chat 1/1, confirm 1/1, parcel 1/1 (ad and pay have answers).
 * Skips: 2 customers (p6 ad→pay, p7 web→ship); backwards: 1 customer (p7 web→ad).
 */
let store: EventStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ store, close } = await flowStore(
    [
      ev('p1', 'ad', 0),
      ev('p1', 'web', 1),
      ev('p1', 'web', 2),
      ev('p1', 'pay', 3),
      ev('p1', 'ship', 4),
      unknownEv('p1', 'app-push', 5),
      ev('p2', 'ad', 0),
      ev('p2', 'web', 1),
      ev('p2', 'pay', 5),
      ev('p2', 'confirm', 6),
      unknownEv('p2', 'app-push', 5),
      ev('p3', 'ad', 0),
      ev('p3', 'web', 1),
      ev('p3', 'pay', 2),
      ev('p3', 'ad', 4, { touchpointId: 'tp_old', touchpointKey: 'old-kiosk', stageId: 'st_gone' }),
      ev('p4', 'ad', 0),
      ev('p4', 'web', 1),
      ev('p4', 'ship', 300),
      ev('p5', 'ad', 0),
      ev('p5', 'web', 1),
      ev('p6', 'ad', 0),
      ev('p6', 'pay', 1),
      ev('p6', 'parcel', 2),
      ev('p7', 'web', 0),
      ev('p7', 'ad', 1),
      ev('p7', 'web', 2),
      ev('p7', 'ship', 3),
      ev('p8', 'chat', 1),
      ev(null, 'ad', 0),
      ev(null, 'web', 1),
      unknownEv(null, 'app-push', 5),
      unknownEv('p5', 'confirm', 6),
    ],
    [resp('p3', 'pay', 2.5), resp('p8', 'ad', 0), resp(null, 'web', 3, { audience: 'employee' })],
  ));
});
afterAll(() => close());

const ids = (...keys: Parameters<typeof tpId>[0][]) => keys.map(tpId);

describe('paths', () => {
  it('lists the most common whole paths (repeats collapsed) with their customers', async () => {
    const r = await paths(store, flowInput());
    expect(r).toMatchObject({ topN: 10, maxSteps: 6, customers: 8 });
    expect(r.paths).toEqual([
      { touchpointIds: ids('ad', 'web'), customers: 2 },
      { touchpointIds: ids('ad', 'web', 'pay'), customers: 1 },
      { touchpointIds: ids('ad', 'web', 'pay', 'confirm'), customers: 1 },
      { touchpointIds: ids('ad', 'web', 'pay', 'ship'), customers: 1 },
      { touchpointIds: ids('ad', 'chat'), customers: 1 },
      { touchpointIds: ids('ad', 'pay', 'parcel'), customers: 1 },
      { touchpointIds: ids('web', 'ad', 'web', 'ship'), customers: 1 },
    ]);
  });

  it('cuts paths to maxSteps, keeps the top N and draws them as a sankey', async () => {
    const r = await paths(store, flowInput(), { topN: 3, maxSteps: 3 });
    expect(r.paths).toEqual([
      { touchpointIds: ids('ad', 'web', 'pay'), customers: 3 },
      { touchpointIds: ids('ad', 'web'), customers: 2 },
      { touchpointIds: ids('ad', 'chat'), customers: 1 },
    ]);
    expect(r.sankey).toEqual({
      nodes: [
        { id: '0:tp_ad', step: 0, touchpointId: 'tp_ad', customers: 6 },
        { id: '1:tp_web', step: 1, touchpointId: 'tp_web', customers: 5 },
        { id: '1:tp_chat', step: 1, touchpointId: 'tp_chat', customers: 1 },
        { id: '2:tp_pay', step: 2, touchpointId: 'tp_pay', customers: 3 },
      ],
      links: [
        { source: '0:tp_ad', target: '1:tp_web', customers: 5 },
        { source: '0:tp_ad', target: '1:tp_chat', customers: 1 },
        { source: '1:tp_web', target: '2:tp_pay', customers: 3 },
      ],
    });
  });

  it('lists where the data departs from the designed map, each with its customers', async () => {
    const { differences: d } = await paths(store, flowInput());
    expect(d.unmapped).toEqual([
      { key: 'app-push', touchpointId: null, reason: 'unknown-key', customers: 2, events: 3 },
      { key: 'old-kiosk', touchpointId: 'tp_old', reason: 'not-on-journey', customers: 1, events: 1 },
    ]);
    expect(d.unreached).toEqual([{ touchpointId: 'tp_store', key: 'store', stageId: 'st_consider' }]);
    expect(d.unmeasured).toEqual([
      { touchpointId: 'tp_web', key: 'web', stageId: 'st_consider', customers: 6, events: 9 },
      { touchpointId: 'tp_ship', key: 'ship', stageId: 'st_deliver', customers: 2, events: 2 },
      { touchpointId: 'tp_chat', key: 'chat', stageId: 'st_consider', customers: 1, events: 1 },
      { touchpointId: 'tp_confirm', key: 'confirm', stageId: 'st_buy', customers: 1, events: 1 },
      { touchpointId: 'tp_parcel', key: 'parcel', stageId: 'st_deliver', customers: 1, events: 1 },
    ]);
    const move = (from: string, to: string, fromStageId: string, toStageId: string) => ({
      fromTouchpointId: tpId(from as 'ad'),
      toTouchpointId: tpId(to as 'ad'),
      fromStageId,
      toStageId,
      customers: 1,
      transitions: 1,
    });
    expect(d.skips).toEqual({
      customers: 2,
      transitions: [
        move('ad', 'pay', 'st_aware', 'st_buy'),
        move('web', 'ship', 'st_consider', 'st_deliver'),
      ],
    });
    expect(d.backwards).toEqual({
      customers: 1,
      transitions: [move('web', 'ad', 'st_consider', 'st_aware')],
    });
  });

  it('is empty but well-formed for a period without data', async () => {
    const r = await paths(
      store,
      flowInput(1, { from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' }),
    );
    expect(r.customers).toBe(0);
    expect(r.paths).toEqual([]);
    expect(r.sankey).toEqual({ nodes: [], links: [] });
    expect(r.differences.unreached).toHaveLength(8);
    expect(r.differences.skips).toEqual({ customers: 0, transitions: [] });
  });
});
