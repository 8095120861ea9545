import type {
  Card,
  EmotionPoint,
  JourneyMap,
  Lane,
  Persona,
  Stage,
  Touchpoint,
} from '../domain/journey/journey.schema.js';
import { touchpointDefaults } from '../domain/journey/touchpoint-defaults.js';
import type { LaneKind } from '../domain/journey/vocabulary.js';

/**
 * Small, fixed journey maps for tests, previews and demos: fixed ids and times, so their
 * layouts and exports are reproducible.
 */

const T = '2025-05-01T09:00:00.000Z';
const J = 'jr_sample';

export function stage(id: string, name: string, position: number, extra: Partial<Stage> = {}): Stage {
  return { id, journeyId: J, name, description: '', position, version: 0, translations: {}, ...extra };
}

export function lane(
  id: string,
  kind: LaneKind,
  name: string,
  position: number,
  extra: Partial<Lane> = {},
): Lane {
  return { id, journeyId: J, kind, name, position, version: 0, translations: {}, ...extra };
}

export function touchpoint(
  id: string,
  stageId: string,
  name: string,
  position: number,
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    ...touchpointDefaults(name),
    key: id.replace(/_/g, '-'),
    id,
    journeyId: J,
    stageId,
    position,
    version: 0,
    translations: {},
    ...extra,
  };
}

export function card(
  id: string,
  laneId: string,
  stageId: string,
  text: string,
  position: number,
  extra: Partial<Card> = {},
): Card {
  return {
    id,
    journeyId: J,
    laneId,
    stageId,
    touchpointId: null,
    text,
    position,
    version: 0,
    translations: {},
    ...extra,
  };
}

export function persona(
  id: string,
  name: string,
  color: string,
  position: number,
  extra: Partial<Persona> = {},
): Persona {
  return { id, journeyId: J, name, description: '', color, position, version: 0, translations: {}, ...extra };
}

/** An empty map with the given stages and lanes. */
export function blankMap(stages: Stage[], lanes: Lane[] = [], name = 'Sample journey'): JourneyMap {
  return {
    journey: {
      id: J,
      workspaceId: 'ws_sample',
      name,
      description: '',
      language: 'en',
      variant: 'as_is',
      variantOf: null,
      templateId: null,
      archivedAt: null,
      version: 0,
      revision: 0,
      translations: {},
      createdAt: T,
      updatedAt: T,
    },
    stages,
    lanes,
    touchpoints: [],
    cards: [],
    personas: [],
    emotions: [],
  };
}

/** A complete small map: three stages, every kind of lane that matters, two personas, Finnish translations. */
export function sampleMap(): JourneyMap {
  const stages = [
    stage('st_aware', 'Awareness', 1000, { translations: { fi: { name: 'Tietoisuus' } } }),
    stage('st_buy', 'Purchase', 2000, { translations: { fi: { name: 'Ostaminen' } } }),
    stage('st_wait', 'Waiting for delivery', 3000, { translations: { fi: { name: 'Toimituksen odotus' } } }),
  ];
  const lanes = [
    lane('ln_act', 'actions', 'Customer actions', 1000, {
      translations: { fi: { name: 'Asiakkaan toiminta' } },
    }),
    lane('ln_tp', 'touchpoints', 'Touchpoints', 2000, { translations: { fi: { name: 'Kosketuspisteet' } } }),
    lane('ln_emo', 'emotions', 'Emotions', 3000, { translations: { fi: { name: 'Tunteet' } } }),
    lane('ln_pain', 'pain_points', 'Pain points', 4000, { translations: { fi: { name: 'Kipupisteet' } } }),
    lane('ln_kpi', 'kpis', 'KPIs and targets', 5000, {
      translations: { fi: { name: 'Mittarit ja tavoitteet' } },
    }),
  ];
  const touchpoints = [
    touchpoint('tp_ad', 'st_aware', 'Friend recommends', 1000, {
      channel: 'word_of_mouth',
      mode: 'offline',
      directness: 'indirect',
      ownership: 'earned',
      emotion: 1,
      translations: { fi: { name: 'Ystävän suositus' } },
    }),
    touchpoint('tp_web', 'st_buy', 'Web shop checkout', 1000, {
      ownerTeam: 'E-commerce',
      emotion: -1,
      momentOfTruth: true,
      evidence: 'validated',
      kpis: [
        { name: 'Conversion rate', target: 3.5, unit: '%', direction: 'higher' },
        { name: 'NPS', target: 40, unit: '', direction: 'higher' },
      ],
      translations: { fi: { name: 'Verkkokaupan kassa', ownerTeam: 'Verkkokauppa' } },
    }),
    touchpoint('tp_store', 'st_buy', 'Store visit', 2000, {
      channel: 'store',
      mode: 'offline',
      ownerTeam: 'Retail',
      emotion: 2,
      evidence: 'partly_supported',
      translations: { fi: { name: 'Myymäläkäynti' } },
    }),
    touchpoint('tp_track', 'st_wait', 'Delivery tracking', 1000, {
      channel: 'email',
      ownerTeam: 'Logistics',
      emotion: -2,
      kpis: [{ name: 'Contacts per order', target: 0.1, unit: '', direction: 'lower' }],
      translations: { fi: { name: 'Toimituksen seuranta' } },
    }),
  ];
  const cards = [
    card('cd_1', 'ln_act', 'st_aware', 'Hears about the shop from a friend', 1000, {
      translations: { fi: { text: 'Kuulee kaupasta ystävältä' } },
    }),
    card('cd_2', 'ln_act', 'st_buy', 'Compares prices', 1000),
    card('cd_3', 'ln_pain', 'st_buy', 'Shipping cost shown only at the last step', 1000, {
      touchpointId: 'tp_web',
      translations: { fi: { text: 'Toimitusmaksu näkyy vasta viimeisessä vaiheessa' } },
    }),
    card('cd_4', 'ln_pain', 'st_wait', 'No news for days: "where is my order?"', 1000),
    card('cd_5', 'ln_kpi', 'st_aware', 'Brand awareness survey twice a year', 1000),
  ];
  const personas = [
    persona('ps_anna', 'Anna, first-time buyer', '#1f6feb', 1000, {
      translations: { fi: { name: 'Anna, ensiostaja' } },
    }),
    persona('ps_olli', 'Olli, loyal customer', '#c2410c', 2000, {
      translations: { fi: { name: 'Olli, kanta-asiakas' } },
    }),
  ];
  const emotions: EmotionPoint[] = [
    { personaId: 'ps_anna', touchpointId: 'tp_ad', value: 0 },
    { personaId: 'ps_anna', touchpointId: 'tp_web', value: -2 },
    { personaId: 'ps_anna', touchpointId: 'tp_track', value: -1 },
    { personaId: 'ps_olli', touchpointId: 'tp_web', value: 1 },
    { personaId: 'ps_olli', touchpointId: 'tp_store', value: 2 },
  ];
  const map = blankMap(stages, lanes, 'Buying a bicycle online');
  map.journey.translations = { fi: { name: 'Polkupyörän ostaminen verkosta' } };
  return { ...map, touchpoints, cards, personas, emotions };
}

/**
 * A poster-sized map like the demo journey: 6 stages × 4 touchpoints, 9 lanes (actions,
 * touchpoints, emotions, needs, pain points, opportunities, backstage, KPIs, notes), two
 * personas. About 4,600 × 950 pt: far wider than any landscape sheet is tall.
 */
export function wideSampleMap(): JourneyMap {
  const stageNames = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Use and care', 'Loyalty'];
  const stages = stageNames.map((name, i) =>
    stage(`ws_${i}`, name, (i + 1) * 1000, {
      description: `What happens during ${name.toLowerCase()}, seen from the customer's side.`,
    }),
  );
  const kinds: [LaneKind, string][] = [
    ['actions', 'Customer actions'],
    ['touchpoints', 'Touchpoints'],
    ['emotions', 'Emotions'],
    ['needs', 'Needs and expectations'],
    ['pain_points', 'Pain points'],
    ['opportunities', 'Opportunities'],
    ['backstage', 'Backstage processes'],
    ['kpis', 'KPIs and targets'],
    ['custom', 'Notes'],
  ];
  const lanes = kinds.map(([kind, name], i) => lane(`wl_${kind}`, kind, name, (i + 1) * 1000));
  const touchpoints = stages.flatMap((s, si) =>
    [0, 1, 2, 3].map((ti) =>
      touchpoint(
        `wt_${si}_${ti}`,
        s.id,
        `Touchpoint ${si + 1}.${ti + 1} ${stageNames[si]}`,
        (ti + 1) * 1000,
        {
          ownerTeam: ti % 2 === 0 ? 'E-commerce' : 'Stores',
          emotion: ((si + ti) % 5) - 2,
          momentOfTruth: ti === 2 && si % 2 === 0,
          evidence: ti === 0 ? 'validated' : 'hypothesis',
          kpis: ti === 1 ? [{ name: 'Conversion rate', target: 3 + si, unit: '%', direction: 'higher' }] : [],
        },
      ),
    ),
  );
  const cards = stages.flatMap((s, si) =>
    (
      ['wl_actions', 'wl_needs', 'wl_pain_points', 'wl_opportunities', 'wl_backstage', 'wl_custom'] as const
    ).map((laneId, li) =>
      card(
        `wc_${si}_${li}`,
        laneId,
        s.id,
        `Card ${si + 1}/${li + 1}: a sentence long enough to wrap onto a second line`,
        1000,
        { touchpointId: `wt_${si}_${li % 4}` },
      ),
    ),
  );
  const personas = [
    persona('wp_a', 'First-time buyer', '#1f6feb', 1000),
    persona('wp_b', 'Loyal customer', '#c2410c', 2000),
  ];
  const emotions: EmotionPoint[] = touchpoints.flatMap((tp, i) => [
    { personaId: 'wp_a', touchpointId: tp.id, value: (i % 5) - 2 },
    { personaId: 'wp_b', touchpointId: tp.id, value: 2 - ((i * 2) % 5) },
  ]);
  const map = blankMap(stages, lanes, 'Wide journey poster');
  return { ...map, touchpoints, cards, personas, emotions };
}
