import type { Channel, Evidence, Language, Variant } from '../domain/journey/vocabulary.js';

/** The fixed words printed on a map, in the three content languages. */
export interface MapLabels {
  variant: Record<Variant, string>;
  updated: string;
  evidence: Record<Evidence, string>;
  mode: { online: string; offline: string };
  owner: string;
  momentOfTruth: string;
  channel: Record<Channel, string>;
  teamCurve: string;
  targetAtLeast: string;
  targetAtMost: string;
  noTarget: string;
  openLiveMap: string;
  page: string;
  /** After a stage's name in a band that starts in the middle of that stage. */
  continued: string;
  journeyMap: string;
  /** The live numbers on a touchpoint card (poster with data). */
  live: {
    notMeasured: string;
    /** `{n}` is replaced by the number of answers. */
    tooFew: string;
    target: { met: string; missed: string; not_enough_data: string; no_target: string };
  };
}

const en: MapLabels = {
  variant: { as_is: 'As-is journey', to_be: 'To-be journey' },
  updated: 'Updated',
  evidence: { hypothesis: 'Hypothesis', partly_supported: 'Partly supported', validated: 'Validated' },
  mode: { online: 'online', offline: 'offline' },
  owner: 'Owner',
  momentOfTruth: 'Moment of truth',
  channel: {
    web: 'Web',
    app: 'App',
    email: 'Email',
    social: 'Social media',
    phone: 'Phone',
    chat: 'Chat',
    chatbot: 'Chatbot',
    store: 'Store',
    delivery: 'Delivery',
    event: 'Event',
    print: 'Print',
    word_of_mouth: 'Word of mouth',
    partner: 'Partner',
    other: 'Other',
  },
  teamCurve: "Team's estimate",
  targetAtLeast: 'target at least',
  targetAtMost: 'target at most',
  noTarget: 'no target',
  openLiveMap: 'Open the live map',
  page: 'Page',
  continued: 'continued',
  journeyMap: 'Journey map',
  live: {
    notMeasured: 'Not measured',
    tooFew: 'n {n}, too few to show',
    target: {
      met: 'target met',
      missed: 'target missed',
      not_enough_data: 'too few for the target',
      no_target: '',
    },
  },
};

const fi: MapLabels = {
  variant: { as_is: 'Nykytila', to_be: 'Tavoitetila' },
  updated: 'Päivitetty',
  evidence: { hypothesis: 'Hypoteesi', partly_supported: 'Osittain tuettu', validated: 'Vahvistettu' },
  mode: { online: 'verkossa', offline: 'verkon ulkopuolella' },
  owner: 'Omistaja',
  momentOfTruth: 'Totuuden hetki',
  channel: {
    web: 'Verkkosivut',
    app: 'Sovellus',
    email: 'Sähköposti',
    social: 'Sosiaalinen media',
    phone: 'Puhelin',
    chat: 'Chat',
    chatbot: 'Chatbot',
    store: 'Myymälä',
    delivery: 'Toimitus',
    event: 'Tapahtuma',
    print: 'Painotuote',
    word_of_mouth: 'Suosittelu',
    partner: 'Kumppani',
    other: 'Muu',
  },
  teamCurve: 'Tiimin arvio',
  targetAtLeast: 'tavoite vähintään',
  targetAtMost: 'tavoite enintään',
  noTarget: 'ei tavoitetta',
  openLiveMap: 'Avaa elävä kartta',
  page: 'Sivu',
  continued: 'jatkuu',
  journeyMap: 'Asiakaspolku',
  live: {
    notMeasured: 'Ei mitattu',
    tooFew: 'n {n}, liian vähän näytettäväksi',
    target: {
      met: 'tavoite saavutettu',
      missed: 'tavoite jäi saavuttamatta',
      not_enough_data: 'liian vähän tavoitteelle',
      no_target: '',
    },
  },
};

const sv: MapLabels = {
  variant: { as_is: 'Nuläge', to_be: 'Önskat läge' },
  updated: 'Uppdaterad',
  evidence: { hypothesis: 'Hypotes', partly_supported: 'Delvis belagd', validated: 'Validerad' },
  mode: { online: 'online', offline: 'offline' },
  owner: 'Ägare',
  momentOfTruth: 'Sanningens ögonblick',
  channel: {
    web: 'Webb',
    app: 'App',
    email: 'E-post',
    social: 'Sociala medier',
    phone: 'Telefon',
    chat: 'Chatt',
    chatbot: 'Chattbot',
    store: 'Butik',
    delivery: 'Leverans',
    event: 'Evenemang',
    print: 'Trycksak',
    word_of_mouth: 'Mun till mun',
    partner: 'Partner',
    other: 'Övrigt',
  },
  teamCurve: 'Teamets bedömning',
  targetAtLeast: 'mål minst',
  targetAtMost: 'mål högst',
  noTarget: 'inget mål',
  openLiveMap: 'Öppna den levande kartan',
  page: 'Sida',
  continued: 'forts.',
  journeyMap: 'Kundresa',
  live: {
    notMeasured: 'Inte mätt',
    tooFew: 'n {n}, för få för att visas',
    target: { met: 'målet nått', missed: 'målet missat', not_enough_data: 'för få för målet', no_target: '' },
  },
};

const LABELS: Record<Language, MapLabels> = { en, fi, sv };

export function mapLabels(lang: Language): MapLabels {
  return LABELS[lang];
}

/** A date (ISO string) as printed: `2025-05-01` in English and Swedish, `1.5.2025` in Finnish. */
export function formatDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'fi') return `${Number(d)}.${Number(mo)}.${y}`;
  return `${y}-${mo}-${d}`;
}
