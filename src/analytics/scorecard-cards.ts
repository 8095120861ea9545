import {
  cesStat,
  csatStat,
  type MeanStat,
  meanStat,
  npsDifference,
  npsStat,
  twoProportionTest,
  visible,
  welchTest,
  wilson,
} from '../domain/metrics/index.js';
import type { Behaviour, CesCard, Change, CsatCard, MeanCard, NpsCard, Scores } from './scorecards.schema.js';

/**
 * Pure shaping of summed rows (scorecards.sql.ts) into cards: statistics from
 * src/domain/metrics, the privacy minimum (values hidden, counts kept), and the change
 * against the compare-to period, flagged significant only where its test says so.
 */

export type SumsRow = Record<string, unknown>;
const num = (row: SumsRow | undefined, key: string): number => Number(row?.[key] ?? 0);

/** `prev` undefined: no compare-to period; a row of zeros when the period had no answers. */
function change(
  cur: number | null,
  prev: { value: number | null; n: number } | undefined,
  test: () => { statistic: number; significant: boolean } | null,
): Change | null {
  if (prev === undefined) return null;
  const both = cur !== null && prev.value !== null;
  const t = both ? test() : null;
  return {
    previous: prev.value,
    previousN: prev.n,
    delta: both ? (cur as number) - (prev.value as number) : null,
    significant: t?.significant ?? false,
    statistic: t?.statistic ?? null,
  };
}

function npsCard(cur: SumsRow | undefined, prev: SumsRow | undefined, min: number): NpsCard | null {
  const n = num(cur, 'nps_n');
  if (n === 0 && num(prev, 'nps_n') === 0) return null;
  const s = npsStat({ n, promoters: num(cur, 'promoters'), detractors: num(cur, 'detractors') });
  const p =
    prev &&
    npsStat({
      n: num(prev, 'nps_n'),
      promoters: num(prev, 'promoters'),
      detractors: num(prev, 'detractors'),
    });
  const show = s !== null && visible(n, min);
  const showPrev = p != null && visible(p.n, min);
  return {
    n,
    visible: show,
    value: show ? s.nps : null,
    interval: show ? s.interval : null,
    promoters: show ? s.promoters : null,
    passives: show ? s.passives : null,
    detractors: show ? s.detractors : null,
    change: change(
      show ? s.nps : null,
      prev === undefined ? undefined : { value: showPrev ? p.nps : null, n: num(prev, 'nps_n') },
      () => {
        if (!s || !p) return null;
        const d = npsDifference(s, p);
        return { statistic: d.z, significant: d.significant };
      },
    ),
  };
}

/** `{prefix}_n`, `{prefix}_sum`, `{prefix}_sq` of a summed row (scorecards.sql.ts). */
function meanSums(row: SumsRow | undefined, prefix: string) {
  return { n: num(row, `${prefix}_n`), sum: num(row, `${prefix}_sum`), sumSquares: num(row, `${prefix}_sq`) };
}

function meanOf(row: SumsRow | undefined, prefix: string): MeanStat | null {
  return meanStat(meanSums(row, prefix));
}

function meanChange(
  s: MeanStat | null,
  p: MeanStat | null,
  prev: SumsRow | undefined,
  min: number,
  show: boolean,
) {
  const showPrev = p !== null && visible(p.n, min);
  return change(
    show && s ? s.mean : null,
    prev === undefined ? undefined : { value: showPrev ? p.mean : null, n: p?.n ?? 0 },
    () => {
      if (!s || !p) return null;
      const t = welchTest(s, p);
      return t && { statistic: t.t, significant: t.significant };
    },
  );
}

function meanCard(
  cur: SumsRow | undefined,
  prev: SumsRow | undefined,
  prefix: string,
  min: number,
): MeanCard | null {
  const s = meanOf(cur, prefix);
  const p = prev === undefined ? null : meanOf(prev, prefix);
  if (!s && !p) return null;
  const n = s?.n ?? 0;
  const show = s !== null && visible(n, min);
  return {
    n,
    visible: show,
    mean: show ? s.mean : null,
    interval: show ? s.interval : null,
    change: meanChange(s, p, prev, min, show),
  };
}

function csatSums(row: SumsRow | undefined) {
  return { ...meanSums(row, 'csat'), top2: num(row, 'csat_top2') };
}

function csatCard(cur: SumsRow | undefined, prev: SumsRow | undefined, min: number): CsatCard | null {
  const c = csatSums(cur);
  const pc = csatSums(prev);
  if (c.n === 0 && pc.n === 0) return null;
  const s = csatStat(c);
  const p = prev === undefined ? null : csatStat(pc);
  const show = s !== null && visible(c.n, min);
  const showPrev = p !== null && visible(p.n, min);
  return {
    n: c.n,
    visible: show,
    value: show ? s.csat : null,
    interval: show ? s.interval : null,
    mean: show ? s.mean.mean : null,
    meanInterval: show ? s.mean.interval : null,
    change: change(
      show ? s.csat : null,
      prev === undefined ? undefined : { value: showPrev ? p.csat : null, n: pc.n },
      () => {
        const t = twoProportionTest(c.top2, c.n, pc.top2, pc.n);
        return t && { statistic: t.z, significant: t.significant };
      },
    ),
  };
}

function cesSums(row: SumsRow | undefined) {
  return { ...meanSums(row, 'ces'), easy: num(row, 'ces_easy') };
}

function cesCard(cur: SumsRow | undefined, prev: SumsRow | undefined, min: number): CesCard | null {
  const c = cesSums(cur);
  const pc = cesSums(prev);
  if (c.n === 0 && pc.n === 0) return null;
  const s = cesStat(c);
  const p = prev === undefined ? null : cesStat(pc);
  const show = s !== null && visible(c.n, min);
  return {
    n: c.n,
    visible: show,
    mean: show ? s.mean.mean : null,
    interval: show ? s.mean.interval : null,
    easy: show ? s.easyPct : null,
    easyInterval: show ? s.easyInterval : null,
    change: meanChange(s?.mean ?? null, p?.mean ?? null, prev, min, show),
  };
}

/** Whether one metric changed significantly from `prev` to `cur` (only that metric's card is built). */
export function changedSignificantly(
  metric: 'nps' | 'csat' | 'ces',
  cur: SumsRow | undefined,
  prev: SumsRow | undefined,
  min: number,
): boolean {
  const card =
    metric === 'nps'
      ? npsCard(cur, prev ?? {}, min)
      : metric === 'csat'
        ? csatCard(cur, prev ?? {}, min)
        : cesCard(cur, prev ?? {}, min);
  return card?.change?.significant ?? false;
}

/** Scores of one group; `prev` is undefined when there is no compare-to period. */
export function scoresOf(cur: SumsRow | undefined, prev: SumsRow | undefined, min: number): Scores {
  return {
    responses: num(cur, 'responses'),
    nps: npsCard(cur, prev, min),
    csat: csatCard(cur, prev, min),
    ces: cesCard(cur, prev, min),
    dimensions: {
      cognitive: meanCard(cur, prev, 'cognitive', min),
      emotional: meanCard(cur, prev, 'emotional', min),
      social: meanCard(cur, prev, 'social', min),
      sensory: meanCard(cur, prev, 'sensory', min),
    },
    expectationGap: meanCard(cur, prev, 'gap', min),
  };
}

/** Behaviour of one group: counts are never hidden (they are not survey answers). */
export function behaviourOf(cur: SumsRow | undefined, prev: SumsRow | undefined): Behaviour {
  const customers = num(cur, 'customers');
  const converted = num(cur, 'converted');
  const pCustomers = num(prev, 'customers');
  const pConverted = num(prev, 'converted');
  const ci = wilson(converted, customers);
  const rate = customers > 0 ? (100 * converted) / customers : null;
  return {
    events: num(cur, 'events'),
    customers,
    revenue: num(cur, 'revenue'),
    conversion:
      customers === 0 && pCustomers === 0
        ? null
        : {
            customers,
            converted,
            rate,
            interval: ci && { low: 100 * ci.low, high: 100 * ci.high },
            change: change(
              rate,
              prev === undefined
                ? undefined
                : { value: pCustomers > 0 ? (100 * pConverted) / pCustomers : null, n: pCustomers },
              () => {
                const t = twoProportionTest(converted, customers, pConverted, pCustomers);
                return t && { statistic: t.z, significant: t.significant };
              },
            ),
          },
  };
}
