import type { EChartsOption } from 'echarts';
import type { ReactNode } from 'react';
import type { DriversResult } from '../../../src/analytics/drivers.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import { fmt } from './format.js';
import type { TableData } from './table-data.js';

const QUADRANT_COLOURS = { fix: '#b3261e', keep: '#1b7f3b', monitor: '#5f6b7a', maintain: '#0b57d0' };

/** Importance × performance of the touchpoints for recommendation, or why it was refused. */
export function DriversPanel({ result, controls }: { result: DriversResult; controls: ReactNode }) {
  const { t, lang } = useI18n();
  const quadrant = (q: keyof typeof QUADRANT_COLOURS) => t(`dashQuadrant_${q}`);
  const table: TableData = {
    columns: [
      { label: t('dashTouchpoint') },
      { label: t('dashImportance'), share: true, digits: 1 },
      { label: t('dashPerformance'), digits: 1 },
      { label: t('dashQuadrant') },
    ],
    rows: result.drivers.map((d) => [d.name, d.importance, d.performance, quadrant(d.quadrant)]),
  };
  const refused = result.refusal || result.drivers.length === 0;
  const empty = refused
    ? t('dashDriversRefused', { n: result.n, reason: result.refusal ?? t('dashNoData') })
    : null;
  const fix = result.drivers.filter((d) => d.quadrant === 'fix').map((d) => d.name);
  const summary = t('dashDriversSummary', {
    n: fmt(result.n, lang),
    r2: fmt(result.r2, lang, 2),
    fix: fix.length ? fix.join(', ') : t('dashNoneInline'),
  });
  const meanX = result.drivers.reduce((s, d) => s + d.performance, 0) / Math.max(1, result.drivers.length);
  const meanY =
    result.drivers.reduce((s, d) => s + d.importance * 100, 0) / Math.max(1, result.drivers.length);
  const option: EChartsOption = {
    aria: { enabled: false },
    grid: { left: 64, right: 24, top: 32, bottom: 48 },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      name: t('dashPerformance'),
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      max: 100,
    },
    yAxis: {
      type: 'value',
      name: t('dashImportancePct'),
      min: (v: { min: number }) => Math.min(0, Math.floor(v.min / 10) * 10),
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        data: result.drivers.map((d) => ({
          name: d.name,
          value: [Number(d.performance.toFixed(1)), Number((d.importance * 100).toFixed(1))],
          itemStyle: { color: QUADRANT_COLOURS[d.quadrant] },
        })),
        label: { show: true, position: 'right', formatter: '{b}' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#5f6b7a' },
          label: { show: false },
          data: [{ xAxis: meanX }, { yAxis: meanY }],
        },
      },
    ],
  };
  return (
    <ChartPanel
      title={t('dashDriversTitle')}
      summary={summary}
      table={table}
      option={refused ? null : option}
      empty={empty}
    >
      <div className="dash-filters">{controls}</div>
      {!refused && (
        <p className="hint">
          {t('dashDriversHint', { n: fmt(result.n, lang), r2: fmt(result.r2, lang, 2) })}
        </p>
      )}
    </ChartPanel>
  );
}
