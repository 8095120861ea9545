import type { LaneKind } from './vocabulary.js';

export interface JourneyTemplate {
  id: string;
  name: { en: string; fi: string };
  description: { en: string; fi: string };
  stages: { en: string; fi: string }[];
}

/** Stage templates from PRODUCT.md; both are starting points and fully editable. */
export const TEMPLATES: JourneyTemplate[] = [
  {
    id: 'image-purchase-usage',
    name: { en: 'Image, purchase and usage experience', fi: 'Mielikuva-, osto- ja käyttökokemus' },
    description: {
      en: 'The three-part experience model: what customers think of you, how buying feels, and how using feels.',
      fi: 'Kolmiosainen kokemusmalli: mielikuva yrityksestä, ostamisen kokemus ja käytön kokemus.',
    },
    stages: [
      { en: 'Image experience', fi: 'Mielikuvakokemus' },
      { en: 'Purchase experience', fi: 'Ostokokemus' },
      { en: 'Usage experience', fi: 'Käyttökokemus' },
    ],
  },
  {
    id: 'awareness-advocacy',
    name: { en: 'Awareness to advocacy', fi: 'Tietoisuudesta suositteluun' },
    description: {
      en: 'The classic five-stage journey from first contact to recommending you.',
      fi: 'Klassinen viisivaiheinen polku ensikosketuksesta suositteluun.',
    },
    stages: [
      { en: 'Awareness', fi: 'Tietoisuus' },
      { en: 'Consideration', fi: 'Harkinta' },
      { en: 'Decision', fi: 'Päätös' },
      { en: 'Retention', fi: 'Asiakkuus' },
      { en: 'Advocacy', fi: 'Suosittelu' },
    ],
  },
  {
    id: 'empty',
    name: { en: 'Empty journey', fi: 'Tyhjä polku' },
    description: { en: 'One stage to start from.', fi: 'Yksi vaihe, josta aloittaa.' },
    stages: [{ en: 'Stage 1', fi: 'Vaihe 1' }],
  },
];

export function findTemplate(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The lanes every new journey starts with, top to bottom (a service-blueprint layout). */
export const DEFAULT_LANES: { kind: LaneKind; en: string; fi: string }[] = [
  { kind: 'actions', en: 'Customer actions', fi: 'Asiakkaan toiminta' },
  { kind: 'touchpoints', en: 'Touchpoints', fi: 'Kosketuspisteet' },
  { kind: 'emotions', en: 'Emotions', fi: 'Tunteet' },
  { kind: 'needs', en: 'Needs and expectations', fi: 'Tarpeet ja odotukset' },
  { kind: 'pain_points', en: 'Pain points', fi: 'Kipupisteet' },
  { kind: 'opportunities', en: 'Opportunities', fi: 'Mahdollisuudet' },
  { kind: 'brand_promise', en: 'Brand promise', fi: 'Brändilupaus' },
  { kind: 'backstage', en: 'Backstage processes', fi: 'Taustaprosessit' },
  { kind: 'kpis', en: 'KPIs and targets', fi: 'Mittarit ja tavoitteet' },
];
