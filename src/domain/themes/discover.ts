import type { Language } from '../journey/vocabulary.js';
import { MIN_COMPOUND_HEAD, termCovers } from './stem.js';
import type { DiscoveredTheme, ThemeDoc, UserTheme } from './theme.schema.js';
import { analyseText, phrasesOf, type Token } from './tokens.js';
import { userThemeMatcher } from './user-themes.js';

export interface DiscoverOptions {
  /** A term must occur in at least this many texts… (default 3) */
  minDocs?: number;
  /** …and in at least this share of them (default 0.02). */
  minShare?: number;
  /** A term joins a head's theme when at least this share of its texts also have the head (default 0.6). */
  cooccurrence?: number;
  /** A theme lists at most this many of its terms (default 8); all of them still count. */
  maxTerms?: number;
  /** At most this many automatic themes (default 12). */
  maxThemes?: number;
  /** Themes defined by the workspace; they come first and take their stems out of automatic themes. */
  userThemes?: readonly UserTheme[];
}

export interface Discovery {
  /** How many texts were grouped. */
  documents: number;
  /** The minimum number of texts a term needed to count. */
  minSupport: number;
  /** User themes in their given order, then automatic themes by size. */
  themes: DiscoveredTheme[];
}

interface Prepared {
  id: string;
  lang: Language;
  all: Token[];
  /** Feature key → its source stems (one for a word, two for a phrase). */
  features: Map<string, string[]>;
}

/**
 * Open-text themes. Every text becomes a set of features: its content stems, its two-word
 * phrases (adjacent content stems in one clause), and, in Finnish and Swedish, the first part
 * of each compound when that part is a word of its own somewhere in the texts (toimitusaika
 * also counts as toimitus). Features found in at least `minSupport` texts are candidates.
 * Grouping is greedy: the most frequent candidate not yet used heads a theme, and every other
 * unused candidate at least 60 % of whose texts also contain the head joins it (hidas and
 * "toimitus kesti" join toimitus), so one subject does not come back as several themes.
 * A theme's texts are those with any of its terms; its label is the head as customers most
 * often wrote it. User themes match by keyword (stemmed the same way, per language); a text
 * in a user theme lends none of that theme's stems to automatic themes.
 */
export function discoverThemes(docs: readonly ThemeDoc[], opts: DiscoverOptions = {}): Discovery {
  const minDocs = opts.minDocs ?? 3;
  const minShare = opts.minShare ?? 0.02;
  const cooccurrence = opts.cooccurrence ?? 0.6;
  const maxTerms = opts.maxTerms ?? 8;
  const maxThemes = opts.maxThemes ?? 12;
  const minSupport = Math.max(minDocs, Math.ceil(minShare * docs.length - 1e-9));

  const surfaces = new Map<string, Map<string, number>>();
  const seen = (key: string, surface: string) => {
    const m = surfaces.get(key) ?? new Map<string, number>();
    m.set(surface, (m.get(surface) ?? 0) + 1);
    surfaces.set(key, m);
  };

  const prepared: Prepared[] = docs.map((d) => {
    const all = analyseText(d.text, d.language);
    const features = new Map<string, string[]>();
    const content = all.filter((t) => !t.stop && t.stem.length > 1);
    for (const t of content) {
      features.set(t.stem, [t.stem]);
      seen(t.stem, t.surface);
    }
    for (const p of phrasesOf(content)) {
      features.set(p.key, p.key.split(' '));
      seen(p.key, p.surface);
    }
    return { id: d.id, lang: d.language, all, features };
  });

  // Compound heads: a long stem that is a word of its own somewhere also counts in compounds.
  const vocabulary = new Set<string>();
  for (const d of prepared)
    for (const [key, stems] of d.features) if (stems.length === 1) vocabulary.add(key);
  for (const d of prepared) {
    for (const stems of [...d.features.values()]) {
      const s = stems.length === 1 ? stems[0] : undefined;
      if (!s) continue;
      for (let n = MIN_COMPOUND_HEAD; n < s.length; n++) {
        const head = s.slice(0, n);
        if (vocabulary.has(head) && termCovers(head, s, d.lang)) d.features.set(head, [head]);
      }
    }
  }

  // User themes first; their stems leave the texts they matched.
  const themes: DiscoveredTheme[] = [];
  for (const u of opts.userThemes ?? []) {
    const match = userThemeMatcher(u);
    const ids: string[] = [];
    for (const d of prepared) {
      const stems = match(d.all, d.lang);
      if (!stems) continue;
      ids.push(d.id);
      for (const [key, parts] of d.features)
        if (parts.some((p) => stems.some((k) => termCovers(k, p, d.lang)))) d.features.delete(key);
    }
    themes.push({ id: u.id, label: u.name, kind: 'user', terms: [...u.keywords], documentIds: ids });
  }

  // Candidates: features in enough texts, most frequent first; on a tie a word before a phrase,
  // then the longer stem (more specific: toimitu before kest), then alphabetically.
  const docsOf = new Map<string, Set<number>>();
  prepared.forEach((d, i) => {
    for (const key of d.features.keys()) {
      const set = docsOf.get(key) ?? new Set<number>();
      set.add(i);
      docsOf.set(key, set);
    }
  });
  const candidates = [...docsOf]
    .filter(([, set]) => set.size >= minSupport)
    .sort(
      ([a, x], [b, y]) =>
        y.size - x.size ||
        a.split(' ').length - b.split(' ').length ||
        b.length - a.length ||
        (a < b ? -1 : a > b ? 1 : 0),
    );

  const used = new Set<string>();
  const auto: DiscoveredTheme[] = [];
  for (const [head, headDocs] of candidates) {
    if (auto.length >= maxThemes) break;
    if (used.has(head)) continue;
    used.add(head);
    const members = [head];
    const union = new Set(headDocs);
    for (const [term, termDocs] of candidates) {
      if (used.has(term)) continue;
      let both = 0;
      for (const i of termDocs) if (headDocs.has(i)) both++;
      if (both / termDocs.size < cooccurrence) continue;
      used.add(term);
      members.push(term);
      for (const i of termDocs) union.add(i);
    }
    const label = (key: string) => mostFrequent(surfaces.get(key)) ?? key;
    auto.push({
      id: `auto:${head}`,
      label: label(head),
      kind: 'auto',
      terms: members.slice(0, maxTerms).map(label),
      documentIds: [...union].sort((a, b) => a - b).map((i) => prepared[i]?.id ?? ''),
    });
  }
  auto.sort((a, b) => b.documentIds.length - a.documentIds.length || (a.label < b.label ? -1 : 1));
  return { documents: docs.length, minSupport, themes: [...themes, ...auto] };
}

/** The surface written most often; on a tie the shortest (often the base form), then the alphabetically first. */
function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [s, c] of counts ?? []) {
    const shorter = best !== undefined && (s.length < best.length || (s.length === best.length && s < best));
    if (c > n || (c === n && shorter)) {
      best = s;
      n = c;
    }
  }
  return best;
}
