import type { ScorecardsResult } from '../../../src/analytics/scorecards.schema.js';
import type { Names } from './names.js';
import { headline, type ScoreMetric } from './scorecard-rows.js';

const METRICS: ScoreMetric[] = ['nps', 'csat', 'ces'];

export interface AudienceRow {
  touchpointId: string;
  metric: ScoreMetric;
  customers: { value: number | null; n: number };
  employees: { value: number | null; n: number };
}

/**
 * For each touchpoint answered by both customers and employees (designed order), a row per
 * metric either of them answered: the two audiences are often asked different questions.
 */
export function audienceRows(
  customers: ScorecardsResult,
  employees: ScorecardsResult,
  names: Names,
): AudienceRow[] {
  const staff = new Map(employees.touchpoints.map((t) => [t.id, t]));
  const byId = new Map(customers.touchpoints.map((t) => [t.id, t]));
  const rows: AudienceRow[] = [];
  for (const stage of names.stages)
    for (const tp of names.touchpointsOf(stage.id)) {
      const c = byId.get(tp.id);
      const e = staff.get(tp.id);
      if (!c || !e || c.scores.responses === 0 || e.scores.responses === 0) continue;
      for (const m of METRICS) {
        const cn = c.scores[m]?.n ?? 0;
        const en = e.scores[m]?.n ?? 0;
        if (cn > 0 || en > 0)
          rows.push({
            touchpointId: tp.id,
            metric: m,
            customers: { value: headline(c.scores, m), n: cn },
            employees: { value: headline(e.scores, m), n: en },
          });
      }
    }
  return rows;
}
