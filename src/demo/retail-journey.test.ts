import { describe, expect, it } from 'vitest';
import { fromMapDocument, MapDocument, toMapDocument } from '../domain/journey/map-document.js';
import { DEFAULT_LANES } from '../domain/journey/templates.js';
import { DEMO_KEYS } from './generator.js';
import { RETAIL_JOURNEY, retailJourneyDocument } from './retail-journey.js';

const doc = retailJourneyDocument();
const TEXT_FIELDS = [
  'name',
  'description',
  'customerAction',
  'needs',
  'expectations',
  'motivations',
  'barriers',
  'brandPromise',
] as const;

describe('the demo retail journey', () => {
  it('is a valid polku.journey-map document with unique touchpoint keys', () => {
    expect(MapDocument.safeParse(RETAIL_JOURNEY).success).toBe(true);
    const keys = doc.touchpoints.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(18);
    expect(keys.length).toBeLessThanOrEqual(26);
  });

  it('has every touchpoint the generator writes to', () => {
    const keys = new Set(doc.touchpoints.map((t) => t.key));
    expect(DEMO_KEYS.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('runs awareness → … → loyalty and uses the default lanes', () => {
    expect(doc.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Delivery',
      'Use and care',
      'Loyalty and advocacy',
    ]);
    expect(doc.lanes.map((l) => l.kind)).toEqual(DEFAULT_LANES.map((l) => l.kind));
    expect(doc.lanes.map((l) => l.translations.fi?.name)).toEqual(DEFAULT_LANES.map((l) => l.fi));
  });

  it('marks the delivery wait as the forgotten, painful phase', () => {
    const wait = doc.touchpoints.find((t) => t.key === 'delivery-wait');
    expect(wait).toMatchObject({
      stage: 'delivery',
      channel: 'delivery',
      momentOfTruth: true,
      evidence: 'validated',
    });
    expect(wait?.emotion).toBeLessThanOrEqual(-1);
    const lowest = Math.min(...doc.touchpoints.map((t) => t.emotion ?? 0));
    expect(wait?.emotion).toBe(lowest);
    expect(doc.cards.some((c) => c.lane === 'pain_points' && c.touchpoint === 'delivery-wait')).toBe(true);
  });

  it('covers channels, indirect touchpoints and owner teams', () => {
    const channels = new Set(doc.touchpoints.map((t) => t.channel));
    for (const ch of ['web', 'social', 'email', 'store', 'phone', 'chat', 'chatbot', 'delivery', 'app']) {
      expect(channels.has(ch as never), ch).toBe(true);
    }
    expect(doc.touchpoints.find((t) => t.key === 'friend-recommendation')).toMatchObject({
      directness: 'indirect',
      ownership: 'earned',
    });
    expect(doc.touchpoints.find((t) => t.key === 'social-ad')).toMatchObject({
      directness: 'indirect',
      ownership: 'paid',
    });
    expect(new Set(doc.touchpoints.map((t) => t.ownerTeam))).toEqual(
      new Set(['Marketing', 'E-commerce', 'Stores', 'Customer service', 'Logistics', 'Loyalty']),
    );
    for (const t of doc.touchpoints) expect(t.kpis.length, t.key).toBeGreaterThan(0);
  });

  it('has cards in every card lane and two personas with a full emotion curve', () => {
    for (const lane of ['actions', 'needs', 'pain_points', 'opportunities', 'brand_promise', 'backstage']) {
      expect(doc.cards.filter((c) => c.lane === lane).length, lane).toBeGreaterThanOrEqual(6);
    }
    expect(doc.personas.map((p) => p.translations.fi?.name)).toEqual([
      'Kiireinen lapsiperhe',
      'Sisustusharrastaja',
    ]);
    for (const p of doc.personas) {
      expect(doc.emotions.filter((e) => e.persona === p.ref)).toHaveLength(doc.touchpoints.length);
    }
  });

  it('is translated into Finnish everywhere, not copied', () => {
    const fi = doc.journey.translations.fi;
    expect(fi?.name).toBeTruthy();
    expect(fi?.name).not.toBe(doc.journey.name);
    for (const s of doc.stages) expect(s.translations.fi?.name, s.ref).not.toBe(s.name);
    for (const c of doc.cards) expect(c.translations.fi?.text, c.text).toBeTruthy();
    for (const t of doc.touchpoints) {
      for (const field of TEXT_FIELDS) {
        const text = t.translations.fi?.[field];
        expect(text, `${t.key}.${field}`).toBeTruthy();
        expect(text, `${t.key}.${field}`).not.toBe(t[field]);
      }
    }
  });

  it('imports into rows and exports back to the same content', () => {
    const map = fromMapDocument(doc, {
      workspaceId: 'ws_1',
      now: '2025-01-01T00:00:00.000Z',
      takenKeys: new Set(),
    });
    expect(map.touchpoints).toHaveLength(doc.touchpoints.length);
    const back = toMapDocument(map);
    expect(back.touchpoints.map((t) => t.key)).toEqual(doc.touchpoints.map((t) => t.key));
    expect(back.cards.map((c) => c.text).sort()).toEqual(doc.cards.map((c) => c.text).sort());
    expect(back.emotions).toHaveLength(doc.emotions.length);
  });
});
