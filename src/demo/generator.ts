import type { JourneyMap, Touchpoint } from '../domain/journey/journey.schema.js';
import { slugify } from '../domain/journey/touchpoint-defaults.js';
import type { Channel } from '../domain/journey/vocabulary.js';
import type { EventRow, ResponseRow } from '../store/events/event-rows.js';
import type { EventStore } from '../store/events/event-store.js';
import { type CommentTheme, comment } from './comments.js';
import { hashString, Rng, subSeed } from './random.js';
import {
  DAY,
  HOUR,
  LOGISTICS,
  localToUtc,
  PICKUP,
  placeAt,
  SERVICE,
  STORE,
  utcToLocal,
  WEB,
} from './time.js';

/**
 * Seeded synthetic data for the demo retail journey (retail-journey.ts): customers who
 * enter through awareness touchpoints, drop off between stages, wait for deliveries with
 * a long tail, answer surveys, come back or leave. Same map, seed and options → the same
 * rows, byte for byte (ids come from the seed and a counter, never from the clock).
 */

export interface DemoOptions {
  seed: number;
  /** Customers entering the journey during the period. */
  customers: number;
  months: number;
  /** The end of the period; nothing is generated after it. */
  end: Date;
  workspaceId: string;
}

export const DEMO_DEFAULTS = { seed: 20250101, customers: 3000, months: 6 } as const;

export interface DemoData {
  events: EventRow[];
  responses: ResponseRow[];
}

/** The touchpoint keys the generator writes to (those of the demo journey). */
export const DEMO_KEYS = [
  'social-ad',
  'search-ad',
  'friend-recommendation',
  'inspiration-content',
  'web-browse',
  'reviews',
  'chatbot',
  'chat',
  'store-visit',
  'checkout',
  'store-checkout',
  'order-confirmation',
  'delivery-wait',
  'delivery-tracking',
  'customer-service-phone',
  'parcel-pickup',
  'assembly-guides',
  'care-tips-email',
  'returns',
  'loyalty-program',
  'newsletter',
  'social-share',
] as const;
export type DemoKey = (typeof DEMO_KEYS)[number];

type Persona = 'busy-family' | 'design-enthusiast' | null;
type Json = Record<string, unknown>;

interface Region {
  name: string;
  weight: number;
  /** Multiplies delivery times (distance from the Hämeenlinna warehouse). */
  delivery: number;
  /** Share of Swedish speakers among customers. */
  swedish: number;
  stores: string[];
}

const REGIONS: Region[] = [
  {
    name: 'Uusimaa',
    weight: 33,
    delivery: 0.85,
    swedish: 0.09,
    stores: ['Helsinki Kamppi', 'Helsinki Itis', 'Espoo Iso Omena', 'Vantaa Jumbo', 'Porvoo'],
  },
  {
    name: 'Pirkanmaa',
    weight: 11,
    delivery: 1,
    swedish: 0.01,
    stores: ['Tampere Ratina', 'Tampere Lielahti'],
  },
  {
    name: 'Varsinais-Suomi',
    weight: 9,
    delivery: 1,
    swedish: 0.06,
    stores: ['Turku Skanssi', 'Raisio Mylly'],
  },
  { name: 'Pohjois-Pohjanmaa', weight: 8, delivery: 1.25, swedish: 0.005, stores: ['Oulu Ideapark'] },
  { name: 'Keski-Suomi', weight: 5, delivery: 1.1, swedish: 0.005, stores: ['Jyväskylä Seppä'] },
  { name: 'Pohjois-Savo', weight: 5, delivery: 1.15, swedish: 0.005, stores: ['Kuopio Matkus'] },
  { name: 'Päijät-Häme', weight: 4, delivery: 1, swedish: 0.005, stores: ['Lahti Karisma'] },
  { name: 'Satakunta', weight: 4, delivery: 1.05, swedish: 0.01, stores: ['Pori Puuvilla'] },
  { name: 'Kanta-Häme', weight: 3, delivery: 0.9, swedish: 0.005, stores: ['Hämeenlinna Goodman'] },
  { name: 'Pohjanmaa', weight: 3.5, delivery: 1.2, swedish: 0.5, stores: ['Vaasa Kivihaka'] },
  { name: 'Kymenlaakso', weight: 3, delivery: 1.05, swedish: 0.01, stores: ['Kouvola Veturi'] },
  { name: 'Etelä-Pohjanmaa', weight: 3, delivery: 1.15, swedish: 0.005, stores: ['Seinäjoki Ideapark'] },
  { name: 'Pohjois-Karjala', weight: 3, delivery: 1.25, swedish: 0.005, stores: ['Joensuu Iso Myy'] },
  { name: 'Lappi', weight: 3, delivery: 1.7, swedish: 0.005, stores: ['Rovaniemi Revontuli'] },
];
const REGION_WEIGHTS = REGIONS.map((r) => [r, r.weight] as const);

const ENTRY: Record<'busy-family' | 'design-enthusiast' | 'other', readonly (readonly [DemoKey, number])[]> =
  {
    'busy-family': [
      ['social-ad', 0.3],
      ['search-ad', 0.35],
      ['friend-recommendation', 0.2],
      ['inspiration-content', 0.15],
    ],
    'design-enthusiast': [
      ['social-ad', 0.3],
      ['search-ad', 0.1],
      ['friend-recommendation', 0.15],
      ['inspiration-content', 0.45],
    ],
    other: [
      ['social-ad', 0.3],
      ['search-ad', 0.3],
      ['friend-recommendation', 0.2],
      ['inspiration-content', 0.2],
    ],
  };

const ENTRY_EVENT: Partial<Record<DemoKey, string>> = {
  'social-ad': 'ad_click',
  'search-ad': 'ad_click',
  'friend-recommendation': 'referral_visit',
  'inspiration-content': 'page_view',
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Scores from a latent experience quality q (about −2 … +1). */
const npsFrom = (rng: Rng, q: number) => clamp(Math.round(7.6 + 2.2 * q + 1.6 * rng.normal()), 0, 10);
const csatFrom = (rng: Rng, q: number) => clamp(Math.round(3.9 + 1.0 * q + 0.8 * rng.normal()), 1, 5);
const cesFrom = (rng: Rng, q: number) => clamp(Math.round(5.2 + 1.3 * q + 1.1 * rng.normal()), 1, 7);

/** How the delivery felt: good within two days, then worse day by day; broken tracking hurts. */
function deliveryQuality(days: number, trackingBroken: boolean, persona: Persona): number {
  let q = clamp(0.45 - 0.32 * (days - 1.5), -2.2, 0.45);
  if (trackingBroken) q -= 0.4;
  if (persona === 'busy-family' && q < 0) q *= 1.2;
  return q;
}

interface NpsThemes {
  detractor: readonly (readonly [CommentTheme, number])[];
  passive: readonly (readonly [CommentTheme, number])[];
  promoter: readonly (readonly [CommentTheme, number])[];
}

class Customer {
  readonly id: string;
  readonly hex: string;
  readonly region: Region;
  readonly persona: Persona;
  readonly language: 'fi' | 'sv' | 'en';
  readonly storeMinded: boolean;
  member: boolean;
  /** Experience qualities with their times, for loyalty and relational NPS. */
  readonly experiences: { t: number; q: number }[] = [];
  firstPurchase: number | null = null;
  promoter = false;
  private sessions = 0;
  private orders = 0;

  constructor(readonly rng: Rng) {
    this.hex = rng.hex(16);
    this.id = `c_${this.hex}`;
    this.region = rng.weighted(REGION_WEIGHTS);
    this.persona = rng.weighted<Persona>([
      ['busy-family', 0.5],
      ['design-enthusiast', 0.3],
      [null, 0.2],
    ]);
    this.language = rng.chance(this.region.swedish) ? 'sv' : rng.chance(0.04) ? 'en' : 'fi';
    this.storeMinded = rng.chance(
      this.persona === 'design-enthusiast' ? 0.5 : this.persona === 'busy-family' ? 0.25 : 0.35,
    );
    this.member = rng.chance(0.2);
  }

  session(): string {
    this.sessions += 1;
    return `s_${this.hex.slice(0, 10)}_${this.sessions}`;
  }

  orderId(): string {
    this.orders += 1;
    return `o_${this.hex.slice(0, 10)}_${this.orders}`;
  }

  segment(): Json {
    return { region: this.region.name, loyaltyMember: this.member, persona: this.persona };
  }

  meanQuality(before = Number.POSITIVE_INFINITY): number | null {
    let sum = 0;
    let n = 0;
    for (const e of this.experiences) {
      if (e.t < before) {
        sum += e.q;
        n += 1;
      }
    }
    return n === 0 ? null : sum / n;
  }
}

interface Order {
  id: string;
  online: boolean;
  value: number;
  big: boolean;
  /** When the goods were in the customer's hands, or null (cancelled, or still on the way at the end). */
  received: number | null;
}

class Simulation {
  readonly events: EventRow[] = [];
  readonly responses: ResponseRow[] = [];
  private readonly byKey = new Map<string, Touchpoint>();
  private readonly journeyId: string;
  /** The map's persona id for each simulated persona, so the persona filter finds its customers. */
  private readonly personaIds = new Map<string, string>();
  private readonly endUtc: number;
  readonly endLocal: number;
  readonly startLocal: number;

  constructor(
    map: JourneyMap,
    private readonly opts: DemoOptions,
  ) {
    this.journeyId = map.journey.id;
    for (const ref of ['busy-family', 'design-enthusiast']) {
      const p = map.personas.find((x) => slugify(x.name).startsWith(ref));
      if (p) this.personaIds.set(ref, p.id);
    }
    // Exact keys first; a key made unique on import ("delivery-wait-2") still matches.
    for (const t of map.touchpoints) this.byKey.set(t.key, t);
    for (const key of DEMO_KEYS) {
      if (this.byKey.has(key)) continue;
      const renamed = map.touchpoints.find(
        (t) => t.key.startsWith(`${key}-`) && /^\d+$/.test(t.key.slice(key.length + 1)),
      );
      if (renamed) this.byKey.set(key, renamed);
    }
    this.endUtc = opts.end.getTime();
    this.endLocal = utcToLocal(this.endUtc);
    const start = new Date(this.endLocal);
    start.setUTCMonth(start.getUTCMonth() - opts.months);
    this.startLocal = start.getTime();
  }

  private tp(key: DemoKey): Touchpoint | undefined {
    return this.byKey.get(key);
  }

  /** The customer's segment attributes, the persona as the map's persona id. */
  segmentOf(c: Customer): Json {
    const segment = c.segment();
    return c.persona === null
      ? segment
      : { ...segment, persona: this.personaIds.get(c.persona) ?? c.persona };
  }

  event(
    c: Customer,
    key: DemoKey,
    name: string,
    local: number,
    extra: { session?: string | null; value?: number | null; props?: Json } = {},
  ): void {
    const tp = this.tp(key);
    if (!tp) return;
    const ts = localToUtc(local);
    if (ts > this.endUtc) return;
    this.events.push({
      id: '',
      workspaceId: this.opts.workspaceId,
      journeyId: this.journeyId,
      touchpointId: tp.id,
      touchpointKey: tp.key,
      stageId: tp.stageId,
      customerId: c.id,
      sessionId: extra.session ?? null,
      ts: new Date(ts),
      name,
      channel: tp.channel,
      value: extra.value ?? null,
      properties: extra.props ? { ...this.segmentOf(c), ...extra.props } : this.segmentOf(c),
      source: 'demo',
      // Ingest latency from the timestamp, not the PRNG: dropping an event must not shift later draws.
      receivedAt: new Date(ts + 150 + (ts % 1997)),
    });
  }

  response(
    key: DemoKey | null,
    local: number,
    r: {
      customer: Customer | null;
      language: 'fi' | 'sv' | 'en';
      channel: Channel;
      nps?: number | null;
      csat?: number | null;
      ces?: number | null;
      comment?: string | null;
      answers?: Json;
      props?: Json;
      audience?: 'customer' | 'employee';
      level?: 'touchpoint' | 'relationship';
    },
  ): void {
    const tp = key === null ? null : this.tp(key);
    if (tp === undefined) return;
    const ts = localToUtc(local);
    if (ts > this.endUtc) return;
    this.responses.push({
      id: '',
      workspaceId: this.opts.workspaceId,
      surveyId: null,
      journeyId: this.journeyId,
      touchpointId: tp?.id ?? null,
      stageId: tp?.stageId ?? null,
      customerId: r.customer?.id ?? null,
      ts: new Date(ts),
      audience: r.audience ?? 'customer',
      level: r.level ?? 'touchpoint',
      nps: r.nps ?? null,
      csat: r.csat ?? null,
      ces: r.ces ?? null,
      comment: r.comment ?? null,
      language: r.language,
      channel: r.channel,
      answers: r.answers ?? {},
      properties: { ...(r.customer ? this.segmentOf(r.customer) : {}), ...r.props },
      source: 'demo',
      receivedAt: new Date(ts + 1000),
      surveyVersion: null,
      complete: true,
    });
  }

  /** An NPS answer with a comment whose theme follows the answer. */
  npsResponse(
    c: Customer,
    key: DemoKey | null,
    local: number,
    q: number,
    themes: NpsThemes,
    extra: { channel: Channel; answers?: Json; props?: Json; level?: 'touchpoint' | 'relationship' },
  ): number {
    const rng = c.rng;
    const nps = npsFrom(rng, q);
    const group = nps >= 9 ? themes.promoter : nps >= 7 ? themes.passive : themes.detractor;
    const commentChance = nps >= 9 ? 0.3 : nps >= 7 ? 0.2 : 0.55;
    const text = rng.chance(commentChance) ? comment(rng, rng.weighted(group), c.language) : null;
    if (nps >= 9) c.promoter = true;
    this.response(key, local, { customer: c, language: c.language, nps, comment: text, ...extra });
    return nps;
  }

  // ---- the journey --------------------------------------------------------------------

  customer(index: number): void {
    const c = new Customer(new Rng(subSeed(this.opts.seed, 'customer', index)));
    this.journey(c);
    this.relationship(index, c);
  }

  private journey(c: Customer): void {
    const rng = c.rng;
    const entryDay = this.entryDay(rng);

    // Awareness
    const entryKey = rng.weighted(ENTRY[c.persona ?? 'other']);
    let t = placeAt(rng, WEB, entryDay, 0, 1);
    this.event(c, entryKey, ENTRY_EVENT[entryKey] ?? 'page_view', t, {
      session: c.session(),
      props:
        entryKey === 'friend-recommendation' ? { referral: rng.chance(0.6) ? 'link' : 'told_in_store' } : {},
    });
    if (rng.chance(0.25)) {
      const second: DemoKey = entryKey === 'inspiration-content' ? 'social-ad' : 'inspiration-content';
      t = placeAt(rng, WEB, t, 0, 6);
      this.event(c, second, ENTRY_EVENT[second] ?? 'page_view', t, { session: c.session() });
    }

    // Consideration
    const consider =
      0.6 +
      (entryKey === 'friend-recommendation' ? 0.12 : 0) +
      (entryKey === 'search-ad' ? 0.04 : 0) -
      (entryKey === 'social-ad' ? 0.08 : 0);
    if (!rng.chance(consider)) return;
    const from = t + rng.exponential(2.5) * DAY;
    let visitedStore = false;
    let browsed = false;
    const assist = { chat: false, bot: false, cart: false };
    if (c.storeMinded) {
      t = this.storeVisit(c, from);
      visitedStore = true;
      if (rng.chance(0.4)) {
        t = this.webSessions(c, t, 1, assist);
        browsed = true;
      }
    } else {
      t = this.webSessions(c, from, 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.3) ? 1 : 0), assist);
      browsed = true;
      if (rng.chance(0.15)) {
        t = this.storeVisit(c, t);
        visitedStore = true;
      }
    }

    // Purchase
    const buy =
      0.48 +
      (assist.cart ? 0.12 : 0) +
      (assist.chat ? 0.12 : 0) +
      (visitedStore ? 0.08 : 0) -
      (assist.bot ? 0.05 : 0) +
      (c.persona === 'design-enthusiast' ? 0.03 : 0);
    if (!rng.chance(buy)) {
      if (browsed && rng.chance(0.12)) {
        const at = placeAt(rng, WEB, t, 0, 3);
        this.event(c, 'checkout', 'checkout_started', at, {
          session: c.session(),
          props: { abandoned: true },
        });
      }
      return;
    }
    const inStore = c.storeMinded ? rng.chance(0.75) : rng.chance(0.1);
    const when = t + rng.exponential(1.5) * DAY;
    const first = this.purchase(c, inStore, when, false);
    if (first.received === null) return;

    // Loyalty and advocacy
    const mean = c.meanQuality() ?? 0.3;
    const loyal = rng.chance(clamp(0.43 + 0.22 * mean + (c.member ? 0.15 : 0), 0.08, 0.8));
    if (loyal) this.loyalty(c, first.received, !first.online);
    else if (mean < -1 && rng.chance(0.2)) {
      this.event(c, 'social-share', 'review_written', placeAt(rng, WEB, first.received, 1, 10), {
        props: { rating: 1 },
      });
    }
  }

  /** A day in the period, busier towards the end (the business grows ~80 % over the period). */
  private entryDay(rng: Rng): number {
    const growth = 0.8;
    const u = rng.next();
    const x = (-1 + Math.sqrt(1 + 2 * growth * u * (1 + growth / 2))) / growth;
    return this.startLocal + x * (this.endLocal - this.startLocal);
  }

  private webSessions(
    c: Customer,
    from: number,
    count: number,
    assist: { chat: boolean; bot: boolean; cart: boolean },
  ) {
    const rng = c.rng;
    let t = from;
    let readReviews = false;
    for (let s = 0; s < count; s++) {
      t = placeAt(rng, WEB, t, s === 0 ? 0 : 0.2, s === 0 ? 2 : 5);
      const session = c.session();
      const device = rng.chance(0.65) ? 'mobile' : 'desktop';
      const pages = rng.int(1, 4);
      for (let p = 0; p < pages; p++) {
        this.event(c, 'web-browse', 'page_view', t, { session, props: { device } });
        t += rng.int(15, 120) * 1000;
      }
      const products = rng.int(1, 5);
      for (let p = 0; p < products; p++) {
        this.event(c, 'web-browse', 'product_view', t, { session, props: { device } });
        t += rng.int(20, 180) * 1000;
      }
      if (!readReviews && rng.chance(0.35)) {
        readReviews = true;
        this.event(c, 'reviews', 'reviews_read', t, { session, props: { device } });
        t += rng.int(30, 240) * 1000;
      }
      if (!assist.bot && rng.chance(0.12)) {
        assist.bot = true;
        const topic = rng.weighted([
          ['delivery_time', 0.4],
          ['stock', 0.3],
          ['product', 0.3],
        ] as const);
        this.event(c, 'chatbot', 'chatbot_conversation', t, { session, props: { topic } });
        if (rng.chance(0.2)) {
          const csat = csatFrom(rng, topic === 'delivery_time' ? -0.8 : -0.4);
          const text = csat <= 2 && rng.chance(0.5) ? comment(rng, 'chatbotBad', c.language) : null;
          this.response('chatbot', t + 60_000, {
            customer: c,
            language: c.language,
            channel: 'chatbot',
            csat,
            comment: text,
          });
        }
        t += rng.int(60, 300) * 1000;
      }
      if (!assist.chat && rng.chance(0.08)) {
        assist.chat = true;
        const at = placeAt(rng, SERVICE, t, 0, 1);
        const waitSeconds = Math.round(rng.logNormal(70, 0.7));
        this.event(c, 'chat', 'chat_conversation', at, { session: c.session(), props: { waitSeconds } });
        if (rng.chance(0.3)) {
          const csat = csatFrom(rng, 0.45 - (waitSeconds > 180 ? 0.8 : 0));
          const text =
            rng.chance(0.35) && csat !== 3
              ? comment(rng, csat <= 2 ? 'chatSlow' : 'serviceGood', c.language)
              : null;
          this.response('chat', at + 15 * 60_000, {
            customer: c,
            language: c.language,
            channel: 'chat',
            csat,
            comment: text,
          });
        }
        t = Math.max(t, at);
      }
      if (rng.chance(0.4)) {
        assist.cart = true;
        this.event(c, 'web-browse', 'add_to_cart', t, { session, props: { device } });
      }
    }
    return t;
  }

  private storeVisit(c: Customer, from: number): number {
    const rng = c.rng;
    const t = placeAt(rng, STORE, from, 0, 4);
    const store = rng.pick(c.region.stores);
    const outOfStock = rng.chance(0.09);
    this.event(c, 'store-visit', 'store_visit', t, { props: { store, outOfStock } });
    if (rng.chance(0.3))
      this.event(c, 'store-visit', 'paint_tinted', t + rng.int(5, 30) * 60_000, { props: { store } });
    const saturday = new Date(t).getUTCDay() === 6;
    const q =
      0.55 + (c.persona === 'design-enthusiast' ? 0.1 : 0) - (saturday ? 0.3 : 0) - (outOfStock ? 1.2 : 0);
    c.experiences.push({ t, q });
    if (rng.chance(0.14)) {
      this.npsResponse(
        c,
        'store-visit',
        t + rng.range(0.3, 6) * HOUR,
        q,
        {
          detractor: outOfStock
            ? [['stock', 1]]
            : [
                ['queue', 0.45],
                ['stock', 0.2],
                ['storeDelivery', 0.35],
              ],
          passive: [
            ['price', 0.4],
            ['queue', 0.3],
            ['neutral', 0.3],
          ],
          promoter: [
            ['staff', 0.6],
            ['product', 0.4],
          ],
        },
        { channel: 'store', answers: { advice: csatFrom(rng, q) }, props: { store } },
      );
    }
    return t + rng.int(15, 60) * 60_000;
  }

  private purchase(c: Customer, inStore: boolean, from: number, repeat: boolean): Order {
    const rng = c.rng;
    const big = rng.chance(c.persona === 'design-enthusiast' ? 0.07 : 0.04);
    const median = (inStore ? 45 : 62) * (c.persona === 'design-enthusiast' ? 1.4 : 1);
    const value = round2(big ? rng.range(390, 1900) : clamp(rng.logNormal(median, 0.8), 4.9, 1500));
    const items = 1 + Math.floor(rng.exponential(1.2));
    const order: Order = { id: c.orderId(), online: !inStore, value, big, received: null };
    let t: number;
    if (inStore) {
      t = from + rng.int(5, 40) * 60_000;
      const homeDelivery = big || rng.chance(0.08);
      this.event(c, 'store-checkout', 'store_purchase', t, {
        value,
        props: { orderId: order.id, items, homeDelivery },
      });
      if (repeat && c.member && rng.chance(0.5)) this.event(c, 'loyalty-program', 'points_used', t, {});
      c.firstPurchase ??= t;
      order.received = homeDelivery ? this.delivery(c, order, t, 'home_delivery') : t;
    } else {
      t = placeAt(rng, WEB, from, 0, 1.5);
      const session = c.session();
      const method = big
        ? 'home_delivery'
        : rng.weighted([
            ['parcel_locker', 0.7],
            ['store_pickup', 0.15],
            ['home_delivery', 0.15],
          ] as const);
      this.event(c, 'checkout', 'checkout_started', t, { session });
      t += rng.int(60, 420) * 1000;
      this.event(c, 'checkout', 'order_placed', t, {
        session,
        value,
        props: { orderId: order.id, items, deliveryMethod: method },
      });
      if (repeat && c.member && rng.chance(0.5))
        this.event(c, 'loyalty-program', 'points_used', t, { session });
      c.firstPurchase ??= t;
      if (rng.chance(0.85)) {
        this.event(c, 'order-confirmation', 'email_opened', t + rng.int(1, 180) * 60_000, {
          props: { orderId: order.id },
        });
      }
      if (rng.chance(0.1)) {
        const ces = cesFrom(rng, big ? 0.1 : 0.3);
        const text = ces <= 3 && rng.chance(0.5) ? comment(rng, 'checkoutHard', c.language) : null;
        this.response('checkout', t + 60_000, {
          customer: c,
          language: c.language,
          channel: 'web',
          ces,
          comment: text,
        });
      }
      if (rng.chance(0.02)) {
        this.event(c, 'checkout', 'order_cancelled', t + rng.range(1, 10) * HOUR, {
          props: { orderId: order.id },
        });
        return order;
      }
      order.received = this.delivery(c, order, t, method);
    }
    if (order.received !== null) this.afterReceipt(c, order, order.received, repeat);
    return order;
  }

  /** The delivery wait: dispatch, tracking, calls, arrival and pick-up; returns when the goods were received. */
  private delivery(c: Customer, order: Order, ordered: number, method: string): number | null {
    const rng = c.rng;
    let days = rng.logNormal((order.big ? 7 : 2.9) * c.region.delivery, 0.45);
    if (rng.chance(0.05)) days += rng.range(4, 12);
    const arrival = placeAt(rng, LOGISTICS, ordered + days * DAY, 0, 0.5);
    const waited = (arrival - ordered) / DAY;
    let dispatch = placeAt(rng, LOGISTICS, ordered, 0.2, Math.max(0.4, Math.min(2, waited * 0.4)));
    if (dispatch >= arrival) dispatch = ordered + (arrival - ordered) * 0.3;
    const trackingBroken = rng.chance(0.12);
    const carrier = rng.weighted([
      ['Posti', 0.6],
      ['Matkahuolto', 0.25],
      ['DB Schenker', 0.15],
    ] as const);
    this.event(c, 'delivery-wait', 'order_dispatched', dispatch, {
      props: { orderId: order.id, promisedDays: order.big ? 10 : 3, carrier },
    });
    if (waited > 5 && rng.chance(0.5)) {
      this.event(c, 'delivery-wait', 'delivery_delayed', dispatch + (arrival - dispatch) * 0.5, {
        props: { orderId: order.id, carrier },
      });
    }
    if (rng.chance(0.65)) {
      const views = 1 + rng.int(0, Math.floor(waited / 2));
      for (let v = 0; v < views; v++) {
        const at = placeAt(rng, WEB, dispatch, 0, Math.max(0.2, (arrival - dispatch) / DAY));
        if (at < arrival) {
          this.event(c, 'delivery-tracking', 'tracking_viewed', at, {
            props: { orderId: order.id, status: trackingBroken ? 'no_data' : 'in_transit' },
          });
        }
      }
    }
    if (rng.chance(Math.min(0.5, 0.05 + 0.06 * Math.max(0, waited - 4) + (trackingBroken ? 0.08 : 0)))) {
      const at = placeAt(
        rng,
        SERVICE,
        ordered + Math.min(3, waited * 0.6) * DAY,
        0,
        Math.max(0.5, waited * 0.4),
      );
      const monday = new Date(at).getUTCDay() === 1;
      const queueMinutes = Math.round(rng.logNormal(monday ? 9 : 4, 0.6));
      this.event(c, 'customer-service-phone', 'call_answered', at, {
        props: { orderId: order.id, reason: 'delivery_status', queueMinutes },
      });
      if (rng.chance(0.5)) {
        const q = 0.4 - 0.05 * queueMinutes - (waited > 7 ? 0.6 : 0);
        const csat = csatFrom(rng, q);
        const text =
          rng.chance(0.4) && csat !== 3
            ? comment(rng, csat <= 2 ? 'serviceWait' : 'serviceGood', c.language)
            : null;
        this.response('customer-service-phone', at + rng.range(0.2, 3) * HOUR, {
          customer: c,
          language: c.language,
          channel: 'phone',
          csat,
          comment: text,
          props: { reason: 'delivery_status' },
        });
      }
    }
    let received: number;
    if (method === 'home_delivery') {
      received = arrival;
      this.event(c, 'parcel-pickup', 'delivered_home', arrival, { props: { orderId: order.id, carrier } });
    } else {
      this.event(c, 'parcel-pickup', 'parcel_arrived', arrival, {
        props: { orderId: order.id, method, carrier },
      });
      received = placeAt(rng, PICKUP, arrival, 0, 0.1 + rng.exponential(0.8));
      this.event(c, 'parcel-pickup', 'parcel_picked_up', received, { props: { orderId: order.id, method } });
    }
    if (localToUtc(received) > this.endUtc) return null;

    const q = deliveryQuality(waited, trackingBroken, c.persona);
    c.experiences.push({ t: received, q });
    if (rng.chance(0.26 + (q < -1 ? 0.08 : 0))) {
      const informed = clamp(
        Math.round(3.6 - (trackingBroken ? 1.5 : 0) - 0.25 * Math.max(0, waited - 3) + 0.7 * rng.normal()),
        1,
        5,
      );
      this.npsResponse(
        c,
        'delivery-wait',
        placeAt(rng, WEB, received, 0, 2),
        q,
        {
          detractor: trackingBroken
            ? [
                ['tracking', 0.7],
                ['deliverySlow', 0.3],
              ]
            : [
                ['deliverySlow', 0.8],
                ['tracking', 0.2],
              ],
          passive: [
            ['deliveryMild', 0.6],
            ['neutral', 0.2],
            ['price', 0.2],
          ],
          promoter: [
            ['deliveryFast', 0.7],
            ['product', 0.3],
          ],
        },
        {
          channel: 'email',
          answers: { informed },
          props: {
            orderId: order.id,
            deliveryDays: Math.round(waited * 10) / 10,
            deliveryMethod: method,
            carrier,
          },
        },
      );
    }
    if (rng.chance(0.06)) {
      const far = method === 'parcel_locker' && rng.chance(0.12);
      this.npsResponse(
        c,
        'parcel-pickup',
        received + rng.range(0.1, 2) * HOUR,
        far ? -0.9 : method === 'home_delivery' ? 0.5 : 0.35,
        {
          detractor: far
            ? [['pickupFar', 1]]
            : [
                ['deliverySlow', 0.5],
                ['neutral', 0.5],
              ],
          passive: [['neutral', 1]],
          promoter: [['pickupEasy', 1]],
        },
        { channel: 'delivery', props: { deliveryMethod: method } },
      );
    }
    return received;
  }

  private afterReceipt(c: Customer, order: Order, received: number, repeat: boolean): void {
    const rng = c.rng;
    if (rng.chance(order.big ? 0.8 : repeat ? 0.2 : 0.35)) {
      this.event(c, 'assembly-guides', 'guide_viewed', placeAt(rng, WEB, received, 0, 3), {
        props: { orderId: order.id, device: rng.chance(0.8) ? 'mobile' : 'desktop' },
      });
    }
    if (order.online && !repeat && rng.chance(0.5)) {
      const opened = placeAt(rng, WEB, received + 7 * DAY, 0, 3);
      this.event(c, 'care-tips-email', 'email_opened', opened, { props: { orderId: order.id } });
      if (rng.chance(0.2))
        this.event(c, 'care-tips-email', 'email_click', opened + rng.int(10, 120) * 1000, {});
    }
    if (rng.chance((order.online ? 0.11 : 0.05) + (order.big ? 0.04 : 0))) {
      const started = placeAt(rng, WEB, received, 2, 20);
      const reason = rng.weighted([
        ['wrong_colour', 0.35],
        ['wrong_size', 0.3],
        ['damaged', 0.15],
        ['changed_mind', 0.2],
      ] as const);
      this.event(c, 'returns', 'return_started', started, { props: { orderId: order.id, reason } });
      const refundDays = rng.logNormal(order.big ? 9 : 5, 0.5);
      const refund = round2(order.value * (rng.chance(0.6) ? 1 : rng.range(0.2, 0.8)));
      this.event(c, 'returns', 'refund_paid', placeAt(rng, LOGISTICS, started + refundDays * DAY, 0, 1), {
        value: -refund,
        props: { orderId: order.id, reason },
      });
      if (refundDays > 6 && rng.chance(0.4)) {
        // The refund status is unclear, so customers call to ask (a pain point on the map).
        const at = placeAt(rng, SERVICE, started + 5 * DAY, 0, refundDays - 5);
        this.event(c, 'customer-service-phone', 'call_answered', at, {
          props: {
            orderId: order.id,
            reason: 'refund_status',
            queueMinutes: Math.round(rng.logNormal(5, 0.6)),
          },
        });
      }
      const q = clamp(-0.1 - 0.2 * (refundDays - 4) - (order.big ? 0.5 : 0), -2, 0.8);
      c.experiences.push({ t: started, q });
      if (rng.chance(0.35)) {
        const ces = cesFrom(rng, q);
        const text =
          ces <= 3 && rng.chance(0.55)
            ? comment(rng, 'returnsHard', c.language)
            : ces >= 6 && rng.chance(0.3)
              ? comment(rng, 'returnsEasy', c.language)
              : null;
        this.response('returns', started + rng.range(1, 30) * HOUR, {
          customer: c,
          language: c.language,
          channel: 'web',
          ces,
          comment: text,
          props: { reason },
        });
      }
    }
  }

  private loyalty(c: Customer, since: number, boughtInStore: boolean): void {
    const rng = c.rng;
    const joined = placeAt(rng, WEB, since, 0, 20);
    if (!c.member) {
      c.member = true;
      this.event(c, 'loyalty-program', 'loyalty_joined', joined, {
        props: { via: boughtInStore && rng.chance(0.6) ? 'store_checkout' : 'app' },
      });
    } else {
      this.event(c, 'loyalty-program', 'app_opened', joined, {});
    }
    // The newsletter goes out every other Tuesday morning.
    let send = Math.floor(joined / DAY) * DAY + 7 * HOUR;
    while (new Date(send).getUTCDay() !== 2) send += DAY;
    for (; send < this.endLocal; send += 14 * DAY) {
      if (!rng.chance(0.4)) continue;
      const opened = placeAt(rng, WEB, send, 0, 2);
      this.event(c, 'newsletter', 'newsletter_opened', opened, {});
      if (rng.chance(0.25))
        this.event(c, 'newsletter', 'newsletter_click', opened + rng.int(5, 90) * 1000, {});
    }
    // Repeat purchases.
    const repeats = rng.weighted([
      [0, 0.1],
      [1, 0.45],
      [2, 0.3],
      [3, 0.15],
    ] as const);
    let t = joined;
    for (let k = 0; k < repeats; k++) {
      t += (7 + rng.exponential(40)) * DAY;
      if (t >= this.endLocal) break;
      const inStore = c.storeMinded ? rng.chance(0.6) : rng.chance(0.15);
      if (inStore) t = this.storeVisit(c, t);
      else t = this.webSessions(c, t, 1, { chat: true, bot: true, cart: false });
      const order = this.purchase(c, inStore, t, true);
      if (order.received !== null) t = Math.max(t, order.received);
    }
    const mean = c.meanQuality() ?? 0;
    if ((c.promoter || mean > 0.3) && rng.chance(0.3)) {
      this.event(
        c,
        'social-share',
        rng.chance(0.5) ? 'photo_shared' : 'review_written',
        placeAt(rng, WEB, t, 1, 20),
        {
          props: { rating: 5 },
        },
      );
    }
  }

  /** Relational NPS, every quarter, to customers who have bought something. */
  private relationship(index: number, c: Customer): void {
    for (let wave = 1; ; wave++) {
      const sent = this.startLocal + wave * 91 * DAY - 10 * DAY;
      if (sent >= this.endLocal - 2 * DAY) break;
      if (c.firstPurchase === null || c.firstPurchase >= sent) continue;
      const rng = new Rng(subSeed(this.opts.seed, `relationship-${wave}`, index));
      if (!rng.chance(0.16)) continue;
      const before = c.meanQuality(sent) ?? 0.2;
      const q = 0.25 + 0.45 * before + (c.member ? 0.15 : 0);
      const at = placeAt(rng, WEB, sent, 0, 7);
      const nps = npsFrom(rng, q);
      const group: readonly (readonly [CommentTheme, number])[] =
        nps >= 9
          ? [
              ['product', 0.5],
              ['staff', 0.5],
            ]
          : nps >= 7
            ? [
                ['price', 0.4],
                ['deliveryMild', 0.3],
                ['neutral', 0.3],
              ]
            : [
                ['deliverySlow', 0.55],
                ['serviceWait', 0.15],
                ['price', 0.18],
                ['stock', 0.12],
              ];
      const text = rng.chance(nps >= 9 ? 0.3 : nps >= 7 ? 0.2 : 0.5)
        ? comment(rng, rng.weighted(group), c.language)
        : null;
      this.response(null, at, {
        customer: c,
        language: c.language,
        channel: 'email',
        level: 'relationship',
        nps,
        comment: text,
        props: { wave },
      });
    }
  }

  /** A few answers from the employees who produce the store visit and the delivery. */
  employees(): void {
    const rng = new Rng(subSeed(this.opts.seed, 'employees', 0));
    for (let week = this.startLocal; week < this.endLocal; week += 7 * DAY) {
      const plan: [DemoKey, number, string][] = [
        ['store-visit', rng.int(1, 2), 'store staff'],
        ['delivery-wait', rng.int(0, 2), rng.chance(0.5) ? 'warehouse' : 'customer service'],
      ];
      for (const [key, count, role] of plan) {
        for (let n = 0; n < count; n++) {
          const region = rng.weighted(REGION_WEIGHTS);
          const language = rng.weighted([
            ['fi', 0.9],
            ['sv', 0.07],
            ['en', 0.03],
          ] as const);
          const store = key === 'store-visit';
          const csat = csatFrom(rng, store ? 0.1 : -0.7);
          const theme: CommentTheme = store
            ? csat <= 3
              ? 'employeeStoreLow'
              : 'employeeStoreHigh'
            : csat <= 3
              ? 'employeeDeliveryLow'
              : 'employeeDeliveryHigh';
          this.response(key, placeAt(rng, SERVICE, week, 0, 7), {
            customer: null,
            language,
            channel: 'other',
            audience: 'employee',
            csat,
            comment: rng.chance(0.5) ? comment(rng, theme, language) : null,
            answers: { enablement: clamp(csat + rng.int(-1, 1), 1, 5) },
            props: { role, region: store ? region.name : 'Kanta-Häme' },
          });
        }
      }
    }
  }
}

function checkOptions(opts: DemoOptions): void {
  if (!Number.isInteger(opts.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isInteger(opts.customers) || opts.customers < 1 || opts.customers > 1_000_000) {
    throw new RangeError('customers must be an integer in 1…1,000,000');
  }
  if (!Number.isInteger(opts.months) || opts.months < 1 || opts.months > 36) {
    throw new RangeError('months must be an integer in 1…36');
  }
  if (!Number.isFinite(opts.end.getTime())) throw new RangeError('end must be a valid date');
}

function assignIds<T extends { id: string; ts: Date }>(rows: T[], prefix: string): T[] {
  // Stable sort: ties keep generation order, so ids stay deterministic.
  rows.sort((a, b) => a.ts.getTime() - b.ts.getTime());
  rows.forEach((row, i) => {
    row.id = `${prefix}${i.toString(36).padStart(7, '0')}`;
  });
  return rows;
}

/** Generates the demo's events and responses, each sorted by time. Deterministic. */
export function generateDemoData(map: JourneyMap, opts: DemoOptions): DemoData {
  checkOptions(opts);
  const sim = new Simulation(map, opts);
  for (let i = 0; i < opts.customers; i++) sim.customer(i);
  sim.employees();
  const tag = hashString(`${opts.workspaceId}:${opts.seed}`).toString(16).padStart(8, '0');
  return {
    events: assignIds(sim.events, `ev_${tag}_`),
    responses: assignIds(sim.responses, `rs_${tag}_`),
  };
}

export interface DemoCounts {
  customers: number;
  events: number;
  responses: number;
}

/**
 * Generates the demo data and appends it to the store in batches (one transaction each).
 * Returns what was written.
 */
export async function runDemo(
  store: EventStore,
  map: JourneyMap,
  opts: DemoOptions,
  batchSize = 5000,
): Promise<DemoCounts> {
  const { events, responses } = generateDemoData(map, opts);
  for (let i = 0; i < events.length; i += batchSize) await store.appendEvents(events.slice(i, i + batchSize));
  for (let i = 0; i < responses.length; i += batchSize)
    await store.appendResponses(responses.slice(i, i + batchSize));
  const customers = new Set<string>();
  for (const e of events) if (e.customerId !== null) customers.add(e.customerId);
  return { customers: customers.size, events: events.length, responses: responses.length };
}
