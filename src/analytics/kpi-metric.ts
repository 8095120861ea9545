import type { Kpi } from '../domain/journey/journey.schema.js';
import type { Metric } from './scorecards.schema.js';

/**
 * Which measured metric a KPI's name refers to, so its target can be checked against data:
 * "NPS", "NPS after delivery" → nps; "CSAT" → csat; "CES % easy" → cesEasy; "CES" → ces;
 * "Conversion rate", "Konversio" → conversion. Other KPIs (time on page, queue time …) are
 * measured elsewhere and get no status here.
 */
export function kpiMetric(kpi: Pick<Kpi, 'name'>): Metric | null {
  const name = kpi.name.toLowerCase();
  if (/\bnps\b/.test(name)) return 'nps';
  if (/\bcsat\b/.test(name)) return 'csat';
  if (/\bces\b/.test(name)) return /%|easy|helppo/.test(name) ? 'cesEasy' : 'ces';
  if (/conversion|konversio/.test(name)) return 'conversion';
  return null;
}
