import type { EChartsOption } from 'echarts';
import type { WaitingResult } from '../../../src/analytics/waiting.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import { fmt, fmtHours, fmtShare } from './format.js';
import type { Names } from './names.js';
import type { TableData } from './table-data.js';

const SHOWN = 12;

/** Gaps between touchpoints: the waiting phases (long, unavoidable, unmeasured) first, then the longest others. */
export function WaitingPanel({ result, names }: { result: WaitingResult; names: Names }) {
  const { t, lang } = useI18n();
  const pair = (g: WaitingResult['gaps'][number]) =>
    `${names.touchpoint(g.fromTouchpointId)} → ${names.touchpoint(g.toTouchpointId)}`;
  const timed = result.gaps
    .filter((g) => g.medianHours !== null)
    .sort(
      (a, b) =>
        Number(b.waitingPhase) - Number(a.waitingPhase) || (b.medianHours ?? 0) - (a.medianHours ?? 0),
    );
  const table: TableData = {
    columns: [
      { label: t('dashGap') },
      { label: t('dashWaitingPhase') },
      { label: t('dashCustomers') },
      { label: t('dashGoOn'), share: true },
      { label: t('dashMeasuredBetween'), share: true },
      { label: t('dashMedianHoursCol'), digits: 1 },
      { label: t('dashP75Hours'), digits: 1 },
    ],
    rows: timed.map((g) => [
      pair(g),
      g.waitingPhase ? t('dashYes') : t('dashNo'),
      g.customers,
      g.goOnShare,
      g.measuredShare,
      g.medianHours,
      g.p75Hours,
    ]),
  };
  const phases = timed.filter((g) => g.waitingPhase);
  const summary = phases.length
    ? t('dashWaitingSummary', {
        n: phases.length,
        list: phases
          .map((g) => `${pair(g)} (${t('dashMedianShort')} ${fmtHours(g.medianHours, lang)})`)
          .join('; '),
      })
    : t('dashWaitingNone', { hours: fmt(result.rule.minHours, lang) });
  const shown = timed.slice(0, SHOWN);
  const option: EChartsOption = {
    aria: { enabled: false },
    grid: { left: 260, right: 56, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: t('dashMedianHoursCol'), nameLocation: 'middle', nameGap: 26 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map(pair),
      axisLabel: { width: 250, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((g) => ({
          value: Number((g.medianHours ?? 0).toFixed(1)),
          itemStyle: { color: g.waitingPhase ? '#b3261e' : '#5f6b7a' },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p) => fmtHours(Number((p as { value: number }).value), lang),
        },
      },
    ],
  };
  return (
    <ChartPanel
      title={t('dashWaitingTitle')}
      summary={summary}
      table={table}
      option={option}
      empty={timed.length === 0 ? t('dashNoData') : null}
      height={Math.max(200, 56 + shown.length * 30)}
    >
      {timed.length > 0 && (
        <p className="hint">
          {t('dashWaitingRule', {
            hours: fmt(result.rule.minHours, lang),
            goOn: fmtShare(result.rule.minGoOnShare, lang),
            measured: fmtShare(result.rule.maxMeasuredShare, lang),
          })}
        </p>
      )}
    </ChartPanel>
  );
}
