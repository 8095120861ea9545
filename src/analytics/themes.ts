import { Language } from '../domain/journey/vocabulary.js';
import { type NpsStat, npsDifference, npsOfScores } from '../domain/metrics/nps.js';
import { visible } from '../domain/metrics/privacy.js';
import { discoverThemes } from '../domain/themes/discover.js';
import { detectLanguage } from '../domain/themes/language.js';
import type { ThemeDoc, UserTheme } from '../domain/themes/theme.schema.js';
import type { AnalysisInput } from './analysis-input.js';
import type { SqlEngine } from './engine.js';
import type { ThemeNps, ThemeRow, ThemesResult, Verbatim } from './themes-schema.js';
import { type CommentRow, commentsSql } from './themes-sql.js';

export { ThemesResult } from './themes-schema.js';

export interface ThemesOptions {
  /** Only comments given at this touchpoint (default: every touchpoint of the journey). */
  touchpointId?: string;
  /** At most this many automatic themes (default 12). */
  limit?: number;
  /** The workspace's own themes; they come first and override automatic ones. */
  userThemes?: readonly UserTheme[];
  /** Group at most this many comments, the newest (default 2,000: about 100 ms of language detection and grouping on this machine). */
  maxTexts?: number;
}

export const DEFAULT_MAX_TEXTS = 2000;
const VERBATIMS = 5;

/**
 * Open-text themes of the comments matching the query (issue #4 item 6): each comment's
 * language detected (the response's language when too short to tell), stemmed, grouped into
 * themes (src/domain/themes); per theme its count, share, mean NPS answer, and NPS against the
 * rest of the comments with the significance test; values from fewer answers than the
 * privacy minimum are hidden, counts never; up to five verbatims each, raw (the web escapes).
 */
export async function themes(
  engine: SqlEngine,
  input: AnalysisInput,
  opts: ThemesOptions = {},
): Promise<ThemesResult> {
  const maxTexts = opts.maxTexts ?? DEFAULT_MAX_TEXTS;
  const { sql, params } = commentsSql(input, {
    maxTexts,
    ...(opts.touchpointId ? { touchpointId: opts.touchpointId } : {}),
  });
  const rows = (await engine.select(sql, params)) as unknown as CommentRow[];
  // The response's language when the text is too short to tell (the journey's when unknown).
  const answered = Language.catch(Language.catch('fi').parse(input.map.journey.language));
  const docs: ThemeDoc[] = rows.map((r) => ({
    id: r.id,
    text: r.comment,
    language: detectLanguage(r.comment, answered.parse(r.language)),
    nps: r.nps === null ? null : Number(r.nps),
  }));
  const byId = new Map(docs.map((d, i) => [d.id, { doc: d, ts: rows[i]?.ts ?? '' }]));
  const found = discoverThemes(docs, {
    maxThemes: opts.limit ?? 12,
    ...(opts.userThemes ? { userThemes: opts.userThemes } : {}),
  });
  const min = input.privacyMinimum;
  const scores = (ds: Iterable<ThemeDoc>) => {
    const out: number[] = [];
    for (const d of ds) if (d.nps !== null) out.push(d.nps);
    return out;
  };

  const rowsOut: ThemeRow[] = found.themes.map((t) => {
    const inTheme = new Set(t.documentIds);
    const own = scores(t.documentIds.map((id) => byId.get(id)?.doc).filter((d) => d !== undefined));
    const rest = scores(docs.filter((d) => !inTheme.has(d.id)));
    const a = npsOfScores(own);
    const b = npsOfScores(rest);
    // The theme and the rest split the comments' answers: with the total shown, either one
    // gives the other away (total − rest = theme), so both are shown or neither is; and so are
    // the verbatims' own answers (five of them may be all of a theme's).
    const shown = a !== null && visible(a.n, min) && b !== null && visible(b.n, min);
    const test = shown && a && b ? npsDifference(a, b) : null;
    const verbatims: Verbatim[] = t.documentIds.slice(0, VERBATIMS).flatMap((id) => {
      const hit = byId.get(id);
      return hit
        ? [
            {
              id,
              text: hit.doc.text,
              nps: shown ? hit.doc.nps : null,
              language: hit.doc.language,
              ts: hit.ts,
            },
          ]
        : [];
    });
    return {
      id: t.id,
      label: t.label,
      kind: t.kind,
      terms: t.terms,
      count: t.documentIds.length,
      share: docs.length === 0 ? 0 : t.documentIds.length / docs.length,
      nps: npsCard(own, shown ? a : null, min),
      rest: npsCard(rest, shown ? b : null, min),
      effect: test && a && b ? { difference: a.nps - b.nps, z: test.z, significant: test.significant } : null,
      verbatims,
    };
  });

  const languages = { fi: 0, sv: 0, en: 0 };
  for (const d of docs) languages[d.language]++;
  const all = scores(docs);
  return {
    commented: rows.length === 0 ? 0 : Number(rows[0]?.total ?? 0),
    analysed: docs.length,
    minSupport: found.minSupport,
    languages,
    nps: npsCard(all, npsOfScores(all), min),
    themes: rowsOut,
  };
}

/** NPS and the mean answer of some scores, hidden below the privacy minimum (n is always shown). */
function npsCard(scores: readonly number[], stat: NpsStat | null, min: number): ThemeNps {
  const n = scores.length;
  if (!stat || !visible(n, min)) return { n, visible: false, mean: null, value: null, interval: null };
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  return { n, visible: true, mean, value: stat.nps, interval: stat.interval };
}
