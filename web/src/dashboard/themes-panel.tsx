import type { EChartsOption } from 'echarts';
import type { ThemeNps, ThemesResult } from '../../../src/analytics/themes-schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import type { Cell } from './csv.js';
import { fmt, fmtDelta, fmtShare } from './format.js';
import type { TableData } from './table-data.js';

const CHART_THEMES = 10;

/** Open-text themes: how many comments, their share, their NPS against the rest, and what customers wrote. */
export function ThemesPanel({ result }: { result: ThemesResult }) {
  const { t, lang } = useI18n();
  const npsCell = (nps: ThemeNps): Cell => (nps.visible ? nps.value : t('dashTooFew', { n: nps.n }));
  const table: TableData = {
    columns: [
      { label: t('dashTheme') },
      { label: t('dashCount') },
      { label: t('dashShare'), share: true, digits: 1 },
      { label: 'NPS' },
      { label: t('dashNpsRest') },
      { label: t('dashNpsEffect') },
      { label: t('dashSignificantCol') },
    ],
    rows: result.themes.map((th) => [
      th.label,
      th.count,
      th.share,
      npsCell(th.nps),
      npsCell(th.rest),
      th.effect ? Number(th.effect.difference.toFixed(1)) : null,
      th.effect ? (th.effect.significant ? t('dashYes') : t('dashNo')) : null,
    ]),
  };
  const shown = result.themes.slice(0, CHART_THEMES);
  const top = result.themes[0];
  const summary = top
    ? t('dashThemesSummary', {
        analysed: fmt(result.analysed, lang),
        label: top.label,
        count: fmt(top.count, lang),
        share: fmtShare(top.share, lang),
        effect: top.effect ? fmtDelta(top.effect.difference, lang) : '–',
      })
    : '';
  const option: EChartsOption = {
    aria: { enabled: false },
    grid: { left: 140, right: 48, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: t('dashCount') },
    yAxis: { type: 'category', inverse: true, data: shown.map((th) => th.label) },
    series: [
      {
        type: 'bar',
        data: shown.map((th) => ({
          value: th.count,
          itemStyle: { color: th.effect?.significant && th.effect.difference < 0 ? '#b3261e' : '#0b57d0' },
        })),
        label: { show: true, position: 'right' },
      },
    ],
  };
  const empty =
    result.commented === 0 ? t('dashNoComments') : result.themes.length === 0 ? t('dashNoThemes') : null;
  return (
    <ChartPanel title={t('dashThemesTitle')} summary={summary} table={table} option={option} empty={empty}>
      {!empty && (
        <div className="dash-verbatims">
          <h3>{t('dashVerbatims')}</h3>
          {result.themes.slice(0, 6).map((th, i) => (
            <details key={th.id} open={i === 0}>
              <summary>
                {th.label} ({fmt(th.count, lang)}
                {th.effect ? `, ${t('dashNpsEffect')} ${fmtDelta(th.effect.difference, lang)}` : ''})
              </summary>
              <ul className="dash-quotes">
                {th.verbatims.map((v) => (
                  <li key={v.id} lang={v.language}>
                    <blockquote>{v.text}</blockquote>
                    <span className="dash-sub">
                      {v.nps === null ? '' : `NPS ${v.nps} · `}
                      {new Date(v.ts).toLocaleDateString(lang === 'fi' ? 'fi-FI' : 'en-GB')}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </ChartPanel>
  );
}
