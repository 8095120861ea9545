import type { EChartsOption } from 'echarts';
import type { ScorecardsResult } from '../../../src/analytics/scorecards.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { type AudienceRow, audienceRows } from './audience-rows.js';
import { ChartPanel } from './chart-panel.js';
import type { Names } from './names.js';
import { DIGITS } from './scorecard-rows.js';
import type { TableData } from './table-data.js';

/** Customers and employees side by side at the touchpoints measured among both. */
export function AudiencesPanel({
  customers,
  employees,
  names,
}: {
  customers: ScorecardsResult;
  employees: ScorecardsResult;
  names: Names;
}) {
  const { t } = useI18n();
  const rows = audienceRows(customers, employees, names);
  const label = (r: AudienceRow) => `${names.touchpoint(r.touchpointId)} (${r.metric.toUpperCase()})`;
  const thin = (v: { value: number | null; n: number }) =>
    v.value === null ? t('dashTooFew', { n: v.n }) : v.value;
  const table: TableData = {
    columns: [
      { label: t('dashTouchpointMetric') },
      { label: t('dashCustomersCol'), digits: 1 },
      { label: t('dashCustomersNCol') },
      { label: t('dashEmployeesCol'), digits: 1 },
      { label: t('dashEmployeesN') },
    ],
    rows: rows.map((r) => [label(r), thin(r.customers), r.customers.n, thin(r.employees), r.employees.n]),
  };
  const round = (r: AudienceRow, v: number | null) =>
    v === null ? null : Number(v.toFixed(DIGITS[r.metric]));
  const option: EChartsOption = {
    aria: { enabled: false },
    color: ['#0b57d0', '#a15c00'],
    grid: { left: 200, right: 40, top: 32, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map(label) },
    series: [
      {
        type: 'bar',
        name: t('dashCustomersCol'),
        data: rows.map((r) => round(r, r.customers.value)),
        label: { show: true, position: 'right' },
      },
      {
        type: 'bar',
        name: t('dashEmployeesCol'),
        data: rows.map((r) => round(r, r.employees.value)),
        label: { show: true, position: 'right' },
      },
    ],
  };
  const summary = t('dashAudiencesSummary', {
    n: rows.length,
    touchpoints: [...new Set(rows.map((r) => names.touchpoint(r.touchpointId)))].join(', '),
  });
  return (
    <ChartPanel
      title={t('dashAudiencesTitle')}
      summary={summary}
      table={table}
      option={option}
      empty={rows.length === 0 ? t('dashAudiencesNone') : null}
      height={Math.max(200, 60 + rows.length * 44)}
    />
  );
}
