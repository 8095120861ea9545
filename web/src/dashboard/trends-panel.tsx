import type { EChartsOption } from 'echarts';
import type { TrendResult } from '../../../src/analytics/trends.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import { fmt } from './format.js';
import { COLOURS } from './funnel-panel.js';
import type { TableData } from './table-data.js';

type Point = TrendResult['series'][number]['points'][number];

/** The trend's value at a point: NPS, CSAT %, CES mean; null when hidden. */
export function pointValue(p: Point, metric: TrendResult['metric']): number | null {
  if (metric === 'ces') return p.ces?.visible ? p.ces.mean : null;
  const card = p[metric];
  return card?.visible ? card.value : null;
}

const day = (iso: string, lang: string) =>
  new Date(iso).toLocaleDateString(lang === 'fi' ? 'fi-FI' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** A metric over time per series; significant changes from the previous bucket are marked with a diamond and listed in the table. */
export function TrendsPanel({ result, controls }: { result: TrendResult; controls: React.ReactNode }) {
  const { t, lang } = useI18n();
  const digits = result.metric === 'ces' ? 1 : 0;
  const metricName = result.metric.toUpperCase();
  const table: TableData = {
    columns: [
      { label: t('dashBucket') },
      { label: t('dashSeries') },
      { label: metricName, digits },
      { label: 'n' },
      { label: t('dashSignificantChange') },
    ],
    rows: result.series.flatMap((s) =>
      s.points.map((p) => [
        day(p.at, lang),
        s.label,
        pointValue(p, result.metric),
        p[result.metric]?.n ?? 0,
        p.significantChange ? t('dashYes') : '',
      ]),
    ),
  };
  const marked = result.series.reduce((n, s) => n + s.points.filter((p) => p.significantChange).length, 0);
  const hasValues = result.series.some((s) => s.points.some((p) => pointValue(p, result.metric) !== null));
  const summary = t('dashTrendsSummary', { metric: metricName, buckets: result.buckets.length, marked });
  const option: EChartsOption = {
    aria: { enabled: false },
    color: COLOURS,
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: result.buckets.map((b) => day(b, lang)) },
    yAxis: { type: 'value', name: metricName, scale: true },
    series: result.series.map((s) => ({
      type: 'line',
      name: s.label,
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      data: s.points.map((p) => {
        const v = pointValue(p, result.metric);
        const value = v === null ? null : Number(v.toFixed(digits + 1));
        return p.significantChange
          ? { value, symbol: 'diamond', symbolSize: 16, label: { show: true, formatter: '★' } }
          : { value, symbolSize: 6 };
      }),
    })),
  };
  return (
    <ChartPanel
      title={t('dashTrendsTitle')}
      summary={summary}
      table={table}
      option={option}
      empty={hasValues ? null : t('dashTrendsThin')}
    >
      {controls}
      {hasValues && <p className="hint">{t('dashTrendsLegend', { n: fmt(marked, lang) })}</p>}
    </ChartPanel>
  );
}
