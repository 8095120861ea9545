import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from './journey.schema.js';
import {
  fromMapDocument,
  MAP_FORMAT,
  MAP_FORMAT_VERSION,
  MapDocument,
  type MapDocumentInput,
  toMapDocument,
  uniqueKey,
} from './map-document.js';
import { touchpointDefaults } from './touchpoint-defaults.js';

const T = '2025-05-01T09:00:00.000Z';
const J = 'jr_1';
const base = { journeyId: J, version: 3, translations: {} };

/** A map whose ids and positions are deliberately out of order, so the document has to sort. */
function fullMap(): JourneyMap {
  return {
    journey: {
      id: J,
      workspaceId: 'ws_1',
      name: 'Buying a bicycle',
      description: 'From first thought to first ride.',
      language: 'en',
      variant: 'to_be',
      variantOf: 'jr_0',
      templateId: 'awareness-advocacy',
      archivedAt: null,
      version: 7,
      revision: 42,
      translations: { fi: { name: 'Polkupyörän ostaminen' }, sv: { name: 'Köpa en cykel' } },
      createdAt: T,
      updatedAt: T,
    },
    stages: [
      { ...base, id: 'st_b', name: 'Purchase', description: '', position: 2500 },
      {
        ...base,
        id: 'st_a',
        name: 'Awareness',
        description: 'Seeing us',
        position: 10,
        translations: { fi: { name: 'Tietoisuus' } },
      },
    ],
    lanes: [
      { ...base, id: 'ln_pain', kind: 'pain_points', name: 'Pain points', position: 3 },
      { ...base, id: 'ln_tp', kind: 'touchpoints', name: 'Touchpoints', position: 1 },
      {
        ...base,
        id: 'ln_emo',
        kind: 'emotions',
        name: 'Emotions',
        position: 2,
        translations: { sv: { name: 'Känslor' } },
      },
    ],
    touchpoints: [
      {
        ...base,
        ...touchpointDefaults('Web checkout'),
        id: 'tp_web',
        stageId: 'st_b',
        position: 5,
        key: 'checkout',
        emotion: -1,
        momentOfTruth: true,
        ownerTeam: 'E-commerce',
        kpis: [{ name: 'Conversion', target: 3.5, unit: '%', direction: 'higher' }],
        evidence: 'validated',
        translations: { fi: { name: 'Kassa' } },
      },
      {
        ...base,
        ...touchpointDefaults('Friend tells'),
        id: 'tp_friend',
        stageId: 'st_a',
        position: 1,
        key: 'friend',
        channel: 'word_of_mouth',
        mode: 'offline',
        directness: 'indirect',
        ownership: 'earned',
        emotion: 1,
      },
      {
        ...base,
        ...touchpointDefaults('Store'),
        id: 'tp_store',
        stageId: 'st_b',
        position: 1,
        key: 'store',
        channel: 'store',
      },
    ],
    cards: [
      {
        ...base,
        id: 'cd_2',
        laneId: 'ln_pain',
        stageId: 'st_b',
        touchpointId: 'tp_web',
        text: 'Shipping cost shown late',
        position: 9,
      },
      {
        ...base,
        id: 'cd_1',
        laneId: 'ln_pain',
        stageId: 'st_b',
        touchpointId: null,
        text: 'Long queue',
        position: 1,
        translations: { fi: { text: 'Pitkä jono' } },
      },
      {
        ...base,
        id: 'cd_3',
        laneId: 'ln_pain',
        stageId: 'st_a',
        touchpointId: null,
        text: 'Hard to find',
        position: 1,
      },
    ],
    personas: [
      { ...base, id: 'ps_2', name: 'Olli', description: 'Loyal', color: '#c2410c', position: 2 },
      {
        ...base,
        id: 'ps_1',
        name: 'Anna',
        description: 'First-time buyer',
        color: '#1f6feb',
        position: 1,
        translations: { fi: { description: 'Ensiostaja' } },
      },
    ],
    emotions: [
      { personaId: 'ps_2', touchpointId: 'tp_web', value: 1 },
      { personaId: 'ps_1', touchpointId: 'tp_web', value: -2 },
      { personaId: 'ps_1', touchpointId: 'tp_friend', value: 0.5 },
      // Points to a deleted touchpoint: left out of the document.
      { personaId: 'ps_1', touchpointId: 'tp_gone', value: 2 },
    ],
  };
}

const issuePaths = (input: unknown) => {
  const result = MapDocument.safeParse(input);
  if (result.success) throw new Error('expected the document to be rejected');
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('polku.journey-map v1', () => {
  it('round-trips: map → document → parse → map → document gives the same document', () => {
    const doc = toMapDocument(fullMap());
    expect(doc.format).toBe(MAP_FORMAT);
    expect(doc.version).toBe(MAP_FORMAT_VERSION);
    const parsed = MapDocument.parse(JSON.parse(JSON.stringify(doc)));
    expect(parsed).toEqual(doc);
    const imported = fromMapDocument(parsed, {
      workspaceId: 'ws_2',
      now: '2025-06-01T00:00:00.000Z',
      takenKeys: new Set(),
    });
    expect(toMapDocument(imported)).toEqual(doc);
  });

  it('writes everything in display order with refs s1…, l1…, p1…, t1…', () => {
    const doc = toMapDocument(fullMap());
    expect(doc.stages.map((s) => [s.ref, s.name])).toEqual([
      ['s1', 'Awareness'],
      ['s2', 'Purchase'],
    ]);
    expect(doc.lanes.map((l) => [l.ref, l.kind])).toEqual([
      ['l1', 'touchpoints'],
      ['l2', 'emotions'],
      ['l3', 'pain_points'],
    ]);
    expect(doc.personas.map((p) => [p.ref, p.name])).toEqual([
      ['p1', 'Anna'],
      ['p2', 'Olli'],
    ]);
    expect(doc.touchpoints.map((t) => [t.ref, t.stage, t.key])).toEqual([
      ['t1', 's1', 'friend'],
      ['t2', 's2', 'store'],
      ['t3', 's2', 'checkout'],
    ]);
    expect(doc.cards).toEqual([
      { lane: 'l3', stage: 's1', touchpoint: null, text: 'Hard to find', translations: {} },
      {
        lane: 'l3',
        stage: 's2',
        touchpoint: null,
        text: 'Long queue',
        translations: { fi: { text: 'Pitkä jono' } },
      },
      { lane: 'l3', stage: 's2', touchpoint: 't3', text: 'Shipping cost shown late', translations: {} },
    ]);
    expect(doc.emotions).toEqual([
      { persona: 'p1', touchpoint: 't1', value: 0.5 },
      { persona: 'p1', touchpoint: 't3', value: -2 },
      { persona: 'p2', touchpoint: 't3', value: 1 },
    ]);
    // Ids, positions, versions and the workspace stay out of the portable document.
    expect(JSON.stringify(doc)).not.toMatch(/"(id|position|version|workspaceId|journeyId)":(?!1[,}])/);
    expect(Object.keys(doc.journey).sort()).toEqual([
      'description',
      'language',
      'name',
      'templateId',
      'translations',
      'variant',
    ]);
  });

  it('orders emotions by persona display order, also past ten personas', () => {
    const map = fullMap();
    map.personas = Array.from({ length: 11 }, (_, i) => ({
      ...base,
      id: `ps_${i}`,
      name: `P${i + 1}`,
      description: '',
      color: '#123456',
      position: i,
    }));
    map.emotions = [10, 1, 0].map((i) => ({ personaId: `ps_${i}`, touchpointId: 'tp_web', value: 0 }));
    expect(toMapDocument(map).emotions.map((e) => e.persona)).toEqual(['p1', 'p2', 'p11']);
  });

  it('imports with fresh ids, positions 1000, 2000 … and the card still tied to its touchpoint', () => {
    const doc = toMapDocument(fullMap());
    const map = fromMapDocument(doc, { workspaceId: 'ws_2', now: T, takenKeys: new Set(), name: 'Copy' });
    expect(map.journey.name).toBe('Copy');
    expect(map.journey.workspaceId).toBe('ws_2');
    expect(map.stages.map((s) => s.position)).toEqual([1000, 2000]);
    expect(map.stages.every((s) => s.journeyId === map.journey.id && !['st_a', 'st_b'].includes(s.id))).toBe(
      true,
    );
    const tied = map.cards.find((c) => c.text === 'Shipping cost shown late');
    const checkout = map.touchpoints.find((t) => t.key === 'checkout');
    expect(tied?.touchpointId).toBe(checkout?.id);
    expect(map.touchpoints.filter((t) => t.stageId === checkout?.stageId).map((t) => t.position)).toEqual([
      1000, 2000,
    ]);
  });

  it('makes touchpoint keys unique against the workspace on import', () => {
    const doc = toMapDocument(fullMap());
    const map = fromMapDocument(doc, {
      workspaceId: 'ws_1',
      now: T,
      takenKeys: new Set(['checkout', 'checkout-2', 'store']),
    });
    expect(map.touchpoints.map((t) => t.key)).toEqual(['friend', 'store-2', 'checkout-3']);
  });

  it('uniqueKey suffixes -2, -3 …', () => {
    expect(uniqueKey('checkout', new Set())).toBe('checkout');
    expect(uniqueKey('checkout', new Set(['checkout']))).toBe('checkout-2');
    expect(uniqueKey('checkout', new Set(['checkout', 'checkout-2']))).toBe('checkout-3');
    const long = 'k'.repeat(80);
    expect(uniqueKey(long, new Set([long]))).toBe(`${'k'.repeat(75)}-2`);
  });

  describe('rejects bad documents, naming the path', () => {
    const good = (): MapDocumentInput => JSON.parse(JSON.stringify(toMapDocument(fullMap())));

    it('an unknown stage ref', () => {
      const doc = good();
      const tp = doc.touchpoints[1];
      if (!tp) throw new Error('fixture');
      tp.stage = 's9';
      expect(issuePaths(doc)).toEqual([{ path: 'touchpoints.1.stage', message: 'unknown stage "s9"' }]);
    });

    it('a duplicate touchpoint key', () => {
      const doc = good();
      const tp = doc.touchpoints[2];
      if (!tp) throw new Error('fixture');
      tp.key = 'friend';
      expect(issuePaths(doc)).toEqual([{ path: 'touchpoints.2.key', message: 'duplicate key "friend"' }]);
    });

    it('an empty stage list', () => {
      const doc = good();
      doc.stages = [];
      doc.touchpoints = [];
      doc.cards = [];
      doc.emotions = [];
      expect(issuePaths(doc)).toEqual([{ path: 'stages', message: 'a map needs at least one stage' }]);
    });

    it('unknown lane, touchpoint and persona refs, and duplicate refs', () => {
      const doc = good();
      const [c0, c1] = doc.cards;
      const [e0] = doc.emotions;
      const l0 = doc.lanes[0];
      if (!c0 || !c1 || !e0 || !l0) throw new Error('fixture');
      c0.lane = 'l9';
      c1.touchpoint = 't9';
      e0.persona = 'p9';
      doc.lanes.push({ ...l0 });
      expect(issuePaths(doc).map((i) => i.path)).toEqual(
        expect.arrayContaining(['cards.0.lane', 'cards.1.touchpoint', 'emotions.0.persona', 'lanes.3.ref']),
      );
    });

    it('a wrong format name or version and fields the journey does not have', () => {
      expect(issuePaths({ ...good(), format: 'other' }).map((i) => i.path)).toContain('format');
      expect(issuePaths({ ...good(), version: 2 }).map((i) => i.path)).toContain('version');
      const doc = good();
      expect(issuePaths({ ...doc, journey: { ...doc.journey, id: 'jr_x' } }).map((i) => i.path)).toContain(
        'journey',
      );
    });

    it('an emotion outside −2…+2', () => {
      const doc = good();
      const e = doc.emotions[0];
      if (!e) throw new Error('fixture');
      e.value = 3;
      expect(issuePaths(doc).map((i) => i.path)).toEqual(['emotions.0.value']);
    });
  });

  it('fills defaults for optional fields when parsing a hand-written document', () => {
    const minimal = {
      format: 'polku.journey-map',
      version: 1,
      journey: { name: 'Minimal', description: '', language: 'fi', variant: 'as_is' },
      stages: [{ ref: 'a', name: 'Ainoa vaihe', description: '' }],
      lanes: [],
      personas: [],
      touchpoints: [],
      cards: [],
      emotions: [],
    };
    const doc = MapDocument.parse(minimal);
    expect(doc.journey.templateId).toBeNull();
    expect(doc.journey.translations).toEqual({});
    expect(doc.stages[0]?.translations).toEqual({});
    const map = fromMapDocument(doc, { workspaceId: 'ws', now: T, takenKeys: new Set() });
    expect(toMapDocument(map).stages).toEqual([
      { ref: 's1', name: 'Ainoa vaihe', description: '', translations: {} },
    ]);
  });

  it('accepts the example in docs/map-format.md and normalises it on the way through', () => {
    const md = readFileSync(new URL('../../../docs/map-format.md', import.meta.url), 'utf8');
    const json = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(md)?.[1];
    if (!json) throw new Error('no example in docs/map-format.md');
    const doc = MapDocument.parse(JSON.parse(json));
    const exported = toMapDocument(fromMapDocument(doc, { workspaceId: 'ws', now: T, takenKeys: new Set() }));
    expect(exported.stages.map((s) => s.ref)).toEqual(['s1', 's2']);
    expect(exported.cards[0]).toEqual({
      lane: 'l3',
      stage: 's2',
      touchpoint: 't2',
      text: 'Shipping cost shown only at the last step',
      translations: {},
    });
    expect(exported.touchpoints[1]?.kpis).toEqual([
      { name: 'Conversion rate', target: 3.5, unit: '%', direction: 'higher' },
    ]);
    expect(exported.emotions).toEqual([
      { persona: 'p1', touchpoint: 't1', value: 0 },
      { persona: 'p1', touchpoint: 't2', value: -2 },
    ]);
    // From the normal form on, it round-trips exactly.
    const again = toMapDocument(
      fromMapDocument(MapDocument.parse(exported), { workspaceId: 'ws', now: T, takenKeys: new Set() }),
    );
    expect(again).toEqual(exported);
  });
});
