import type { EChartsOption } from 'echarts';
import type { FunnelResult } from '../../../src/analytics/funnel.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import { fmt, fmtHours, fmtShare } from './format.js';
import type { Names } from './names.js';
import type { TableData } from './table-data.js';

export const COLOURS = [
  '#0b57d0',
  '#a15c00',
  '#1b7f3b',
  '#7b3fb3',
  '#b3261e',
  '#00677f',
  '#5f6b7a',
  '#8a4b00',
];

/** Customers reaching each stage in order, step and overall conversion, and time between stages. */
export function FunnelPanel({ result, names }: { result: FunnelResult; names: Names }) {
  const { t, lang } = useI18n();
  const first = result.stages[0];
  const last = result.stages[result.stages.length - 1];
  const table: TableData = {
    columns: [
      { label: t('dashFunnelStage') },
      { label: t('dashCustomers') },
      { label: t('dashStepConversion'), share: true, digits: 1 },
      { label: t('dashDropOff') },
      { label: t('dashMedianHours'), digits: 1 },
      { label: t('dashP75Hours'), digits: 1 },
      { label: t('dashP95Hours'), digits: 1 },
    ],
    rows: result.stages.map((s) => [
      names.stage(s.stageId),
      s.customers,
      s.stepConversion,
      s.dropOff,
      s.hoursFromPrevious?.median ?? null,
      s.hoursFromPrevious?.p75 ?? null,
      s.hoursFromPrevious?.p95 ?? null,
    ]),
  };
  const empty = !first || first.customers === 0 ? t('dashNoData') : null;
  const summary =
    first && last
      ? t('dashFunnelSummary', {
          entered: fmt(first.customers, lang),
          first: names.stage(first.stageId),
          overall: fmtShare(result.overallConversion, lang, 1),
          last: names.stage(last.stageId),
          days: result.windowDays,
        })
      : '';
  const option: EChartsOption = {
    aria: { enabled: false },
    grid: { left: 56, right: 16, top: 36, bottom: 56 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: result.stages.map((s) => names.stage(s.stageId)),
      axisLabel: { interval: 0, width: 110, overflow: 'break' },
    },
    yAxis: { type: 'value', name: t('dashCustomers') },
    series: [
      {
        type: 'bar',
        data: result.stages.map((s) => s.customers),
        itemStyle: { color: COLOURS[0] },
        label: {
          show: true,
          position: 'top',
          formatter: (p) => {
            const s = result.stages[(p as { dataIndex: number }).dataIndex];
            return s?.stepConversion === null || !s
              ? fmt(s?.customers ?? 0, lang)
              : `${fmt(s.customers, lang)} (${fmtShare(s.stepConversion, lang)})`;
          },
        },
      },
    ],
  };
  return (
    <ChartPanel title={t('dashFunnelTitle')} summary={summary} table={table} option={option} empty={empty}>
      {!empty && (
        <>
          <h3>{t('dashTimeBetween')}</h3>
          <ul className="dash-list">
            {result.stages.slice(1).map((s, i) => (
              <li key={s.stageId}>
                {names.stage(result.stages[i]?.stageId ?? '')} → {names.stage(s.stageId)}:{' '}
                {s.hoursFromPrevious && s.hoursFromPrevious.median !== null
                  ? t('dashTimes', {
                      median: fmtHours(s.hoursFromPrevious.median, lang),
                      p75: fmtHours(s.hoursFromPrevious.p75, lang),
                      p95: fmtHours(s.hoursFromPrevious.p95, lang),
                    })
                  : t('dashTooFew', { n: s.hoursFromPrevious?.customers ?? 0 })}
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartPanel>
  );
}
