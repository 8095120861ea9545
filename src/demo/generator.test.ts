import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import { fromMapDocument } from '../domain/journey/map-document.js';
import { EventRow, ResponseRow } from '../store/events/event-rows.js';
import { DEMO_DEFAULTS, type DemoData, type DemoOptions, generateDemoData } from './generator.js';
import { retailJourneyDocument } from './retail-journey.js';
import { utcToLocal } from './time.js';

const END = new Date('2025-06-30T21:00:00.000Z');
const START = new Date('2024-12-31T22:00:00.000Z'); // 1 Jan 2025 00:00 in Helsinki
const OPTS: DemoOptions = { ...DEMO_DEFAULTS, end: END, workspaceId: 'ws_demo' };

function demoMap(takenKeys = new Set<string>()): JourneyMap {
  return fromMapDocument(retailJourneyDocument(), {
    workspaceId: 'ws_demo',
    now: '2025-01-01T00:00:00.000Z',
    takenKeys,
  });
}

function checksum(data: DemoData): string {
  const h = createHash('sha256');
  for (const row of data.events) h.update(JSON.stringify(row));
  for (const row of data.responses) h.update(JSON.stringify(row));
  return h.digest('hex');
}

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('demo data generator', () => {
  let map: JourneyMap;
  let data: DemoData;
  let keyOf: (touchpointId: string | null) => string;

  beforeAll(() => {
    map = demoMap();
    data = generateDemoData(map, OPTS);
    const keys = new Map(map.touchpoints.map((t) => [t.id, t.key]));
    keyOf = (id) => (id === null ? '' : (keys.get(id) ?? '?'));
  });

  it('is deterministic: same seed, same rows; another seed, other rows', () => {
    const small = { ...OPTS, customers: 400 };
    const a = generateDemoData(map, small);
    const b = generateDemoData(map, small);
    expect(checksum(a)).toBe(checksum(b));
    expect(checksum(generateDemoData(map, { ...small, seed: small.seed + 1 }))).not.toBe(checksum(a));
  });

  it('writes valid rows with unique ids, inside the period, pseudonymous customers', () => {
    const badEvents = data.events.filter(
      (e) =>
        !EventRow.safeParse(e).success ||
        e.ts.getTime() < START.getTime() ||
        e.ts.getTime() > END.getTime() ||
        !/^c_[0-9a-f]{16}$/.test(e.customerId ?? '') ||
        e.workspaceId !== 'ws_demo' ||
        e.journeyId !== map.journey.id,
    );
    expect(badEvents.slice(0, 3)).toEqual([]);
    const badResponses = data.responses.filter(
      (r) =>
        !ResponseRow.safeParse(r).success ||
        r.ts.getTime() < START.getTime() ||
        r.ts.getTime() > END.getTime(),
    );
    expect(badResponses.slice(0, 3)).toEqual([]);
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
    expect(new Set(data.responses.map((r) => r.id)).size).toBe(data.responses.length);
    // Sorted by time.
    expect(data.events.findIndex((e, i) => i > 0 && e.ts < (data.events[i - 1]?.ts ?? e.ts))).toBe(-1);
    const customers = new Set(data.events.map((e) => e.customerId));
    expect(customers.size).toBeGreaterThan(OPTS.customers * 0.98);
    expect(customers.size).toBeLessThanOrEqual(OPTS.customers);
  });

  it('drops customers off stage by stage, monotonically, at believable rates', () => {
    const stages = [...map.stages].sort((a, b) => a.position - b.position);
    const reached = stages.map(
      (s) => new Set(data.events.filter((e) => e.stageId === s.id).map((e) => e.customerId)).size,
    );
    for (let i = 1; i < reached.length; i++)
      expect(reached[i], stages[i]?.name).toBeLessThan(reached[i - 1] ?? 0);
    const [aware = 0, consider = 0, purchase = 0, delivery = 0, , loyal = 0] = reached;
    expect(consider / aware).toBeGreaterThan(0.5);
    expect(consider / aware).toBeLessThan(0.7);
    expect(purchase / aware).toBeGreaterThan(0.28);
    expect(purchase / aware).toBeLessThan(0.42);
    expect(delivery / purchase).toBeGreaterThan(0.6); // most buyers get a delivery
    expect(loyal / purchase).toBeGreaterThan(0.3);
    expect(loyal / purchase).toBeLessThan(0.5);
  });

  it('enters customers through awareness touchpoints, some through a friend or a social ad', () => {
    const first = new Map<string, string>();
    for (const e of data.events)
      if (e.customerId && !first.has(e.customerId)) first.set(e.customerId, keyOf(e.touchpointId));
    const counts = new Map<string, number>();
    for (const k of first.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'friend-recommendation',
      'inspiration-content',
      'search-ad',
      'social-ad',
    ]);
    expect((counts.get('friend-recommendation') ?? 0) / first.size).toBeGreaterThan(0.1);
    expect((counts.get('social-ad') ?? 0) / first.size).toBeGreaterThan(0.2);
  });

  it('waits about three days for a delivery, with a long tail', () => {
    const ordered = new Map<string, number>();
    const days: number[] = [];
    for (const e of data.events) {
      const orderId = e.properties.orderId;
      if (typeof orderId !== 'string') continue;
      if (e.name === 'order_placed') ordered.set(orderId, e.ts.getTime());
      if (e.name === 'parcel_arrived' || (e.name === 'delivered_home' && ordered.has(orderId))) {
        const t0 = ordered.get(orderId);
        if (t0 !== undefined) days.push((e.ts.getTime() - t0) / 86_400_000);
      }
    }
    days.sort((a, b) => a - b);
    expect(days.length).toBeGreaterThan(500);
    expect(quantile(days, 0.5)).toBeGreaterThan(2);
    expect(quantile(days, 0.5)).toBeLessThan(4.5);
    expect(quantile(days, 0.95)).toBeGreaterThan(2 * quantile(days, 0.5));
  });

  it('makes the delivery wait the worst touchpoint by NPS', () => {
    const byKey = new Map<string, number[]>();
    for (const r of data.responses) {
      if (r.nps === null || r.level !== 'touchpoint') continue;
      const k = keyOf(r.touchpointId);
      byKey.set(k, [...(byKey.get(k) ?? []), r.nps]);
    }
    expect([...byKey.keys()].sort()).toEqual(['delivery-wait', 'parcel-pickup', 'store-visit']);
    const means = [...byKey].map(([k, v]) => [k, mean(v)] as const).sort((a, b) => a[1] - b[1]);
    expect(means[0]?.[0]).toBe('delivery-wait');
    const nps = (v: number[]) =>
      (100 * (v.filter((x) => x >= 9).length - v.filter((x) => x <= 6).length)) / v.length;
    const wait = byKey.get('delivery-wait') ?? [];
    expect(wait.length).toBeGreaterThan(150);
    expect(nps(wait)).toBeLessThan(-10);
    expect(wait.filter((x) => x <= 6).length / wait.length).toBeGreaterThan(0.4);
    expect(nps(byKey.get('store-visit') ?? [])).toBeGreaterThan(25);
  });

  it('lets detractors talk mostly about delivery, in Finnish mostly', () => {
    const detractor = data.responses.filter((r) => r.nps !== null && r.nps <= 6 && r.comment !== null);
    expect(detractor.length).toBeGreaterThan(50);
    const aboutDelivery = detractor.filter((r) => /toimitu|delivery|leverans/i.test(r.comment ?? ''));
    expect(aboutDelivery.length / detractor.length).toBeGreaterThan(0.5);
    const languages = new Map<string, number>();
    for (const r of data.responses) languages.set(r.language, (languages.get(r.language) ?? 0) + 1);
    expect((languages.get('fi') ?? 0) / data.responses.length).toBeGreaterThan(0.75);
    expect(languages.get('sv')).toBeGreaterThan(0);
    expect(languages.get('en')).toBeGreaterThan(0);
    const promoters = data.responses.filter((r) => r.nps !== null && r.nps >= 9 && r.comment !== null);
    expect(promoters.filter((r) => /toimitus kesti|liian kauan/i.test(r.comment ?? ''))).toEqual([]);
  });

  it('asks CSAT on service and chat, CES on checkout and returns', () => {
    const keysWith = (pick: (r: ResponseRow) => number | null) =>
      [
        ...new Set(
          data.responses
            .filter((r) => pick(r) !== null && r.audience === 'customer')
            .map((r) => keyOf(r.touchpointId)),
        ),
      ].sort();
    expect(keysWith((r) => r.csat)).toEqual(['chat', 'chatbot', 'customer-service-phone']);
    expect(keysWith((r) => r.ces)).toEqual(['checkout', 'returns']);
    const ces = (k: string) =>
      mean(
        data.responses.filter((r) => r.ces !== null && keyOf(r.touchpointId) === k).map((r) => r.ces ?? 0),
      );
    expect(ces('returns')).toBeLessThan(ces('checkout'));
  });

  it('sends a relational NPS every quarter and hears employees at the store and the delivery', () => {
    const relational = data.responses.filter((r) => r.level === 'relationship');
    expect(relational.length).toBeGreaterThan(100);
    for (const r of relational)
      expect(r).toMatchObject({ touchpointId: null, stageId: null, audience: 'customer' });
    expect(new Set(relational.map((r) => r.properties.wave))).toEqual(new Set([1, 2]));
    const employees = data.responses.filter((r) => r.audience === 'employee');
    expect(employees.length).toBeGreaterThan(20);
    expect(employees.length).toBeLessThan(120);
    expect(new Set(employees.map((r) => keyOf(r.touchpointId)))).toEqual(
      new Set(['store-visit', 'delivery-wait']),
    );
    for (const r of employees) expect(r.customerId).toBeNull();
  });

  it('carries segment properties', () => {
    const regions = new Set(
      data.responses.filter((r) => r.audience === 'customer').map((r) => r.properties.region),
    );
    expect(regions.has('Uusimaa')).toBe(true);
    expect(regions.has('Pirkanmaa')).toBe(true);
    for (const e of data.events.slice(0, 500)) {
      expect(typeof e.properties.loyaltyMember).toBe('boolean');
      // The persona is the map's persona id, so the persona filter finds these customers.
      expect([...map.personas.map((p) => p.id), null]).toContain(e.properties.persona);
    }
  });

  it('follows the week: stores peak on Saturday, the web is quieter on Friday evening and Saturday', () => {
    const weekday = (key: string) => {
      const counts = [0, 0, 0, 0, 0, 0, 0];
      for (const e of data.events) {
        if (keyOf(e.touchpointId) !== key) continue;
        const d = new Date(utcToLocal(e.ts.getTime())).getUTCDay();
        counts[d] = (counts[d] ?? 0) + 1;
      }
      return counts;
    };
    const store = weekday('store-visit');
    expect(store[6]).toBeGreaterThan(1.5 * (store[2] ?? 0));
    const web = weekday('web-browse');
    expect(web[6]).toBeLessThan(web[1] ?? 0);
    expect(web[6]).toBeLessThan(web[2] ?? 0);
    let fridayEvening = 0;
    let thursdayEvening = 0;
    for (const e of data.events) {
      if (keyOf(e.touchpointId) !== 'web-browse') continue;
      const local = new Date(utcToLocal(e.ts.getTime()));
      if (local.getUTCHours() < 18) continue;
      if (local.getUTCDay() === 5) fridayEvening++;
      if (local.getUTCDay() === 4) thursdayEvening++;
    }
    expect(fridayEvening).toBeLessThan(0.7 * thursdayEvening);
  });

  it('grows over the months and books realistic euro sums', () => {
    const month = (d: Date) => new Date(utcToLocal(d.getTime())).getUTCMonth();
    const perMonth = [0, 0, 0, 0, 0, 0];
    for (const e of data.events) perMonth[month(e.ts)] = (perMonth[month(e.ts)] ?? 0) + 1;
    expect(perMonth[4]).toBeGreaterThan(1.4 * (perMonth[0] ?? 0));
    const orders = data.events
      .filter((e) => e.name === 'order_placed' || e.name === 'store_purchase')
      .map((e) => e.value ?? 0)
      .sort((a, b) => a - b);
    expect(orders[0]).toBeGreaterThan(0);
    expect(quantile(orders, 0.5)).toBeGreaterThan(35);
    expect(quantile(orders, 0.5)).toBeLessThan(120);
    expect(quantile(orders, 0.99)).toBeGreaterThan(400);
    for (const v of orders) expect(Math.round(v * 100) / 100).toBe(v);
    const refunds = data.events.filter((e) => e.name === 'refund_paid');
    expect(refunds.length).toBeGreaterThan(0);
    for (const r of refunds) expect(r.value).toBeLessThan(0);
  });

  it('finds touchpoints renamed on import and skips ones deleted from the map', () => {
    const taken = new Set(['delivery-wait', 'store-visit']);
    const renamed = demoMap(taken);
    expect(renamed.touchpoints.find((t) => t.key === 'delivery-wait-2')).toBeDefined();
    const small = { ...OPTS, customers: 300 };
    const a = generateDemoData(renamed, small);
    expect(a.events.some((e) => e.touchpointKey === 'delivery-wait-2')).toBe(true);

    const withoutChat: JourneyMap = { ...map, touchpoints: map.touchpoints.filter((t) => t.key !== 'chat') };
    const b = generateDemoData(withoutChat, small);
    expect(b.events.length).toBeGreaterThan(0);
    expect(b.events.some((e) => e.touchpointKey === 'chat')).toBe(false);
  });

  it('rejects nonsense options', () => {
    expect(() => generateDemoData(map, { ...OPTS, customers: 0 })).toThrow(RangeError);
    expect(() => generateDemoData(map, { ...OPTS, months: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoData(map, { ...OPTS, end: new Date('nope') })).toThrow(RangeError);
  });
});
