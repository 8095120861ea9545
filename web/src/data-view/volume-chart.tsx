import { useId, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import type { VolumeReport } from './data-api.js';
import { formatBucket, formatNumber } from './format.js';
import { sourceLabel } from './source-label.js';
import { TableScroll } from './table-scroll.js';

/** A colour per source (each at least 3:1 against white); unknown sources get grey. */
export const SOURCE_COLOURS: Record<string, string> = {
  api: '#0b57d0',
  tracker: '#1b7f3b',
  import: '#a15c00',
  survey: '#7b3fb3',
  demo: '#5f6b7a',
};
const colour = (source: string) => SOURCE_COLOURS[source] ?? '#6b7280';

const W = 720;
const H = 200;
const PAD = { top: 10, right: 8, bottom: 24, left: 44 };

/**
 * Rows received per bucket as stacked bars by source, with a table view of the same
 * numbers (what a screen reader reads best). The chart itself is one labelled image.
 */
export function VolumeChart({ report }: { report: VolumeReport }) {
  const { t, lang } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  const { series, sources, bucket } = report;
  const max = Math.max(1, ...series.map((p) => p.total));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, series.length);
  const barW = Math.max(1, slot * 0.8);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const peak = series.reduce((best, p) => (p.total > (best?.total ?? -1) ? p : best), series[0]);
  const summary =
    report.totals.events + report.totals.responses === 0
      ? t('dataVolumeEmpty')
      : t('dataVolumeSummary', {
          events: formatNumber(report.totals.events, lang),
          responses: formatNumber(report.totals.responses, lang),
          peak: formatNumber(peak?.total ?? 0, lang),
          when: peak ? formatBucket(peak.at, bucket, lang) : '',
        });
  const labelEvery = Math.max(1, Math.ceil(series.length / 6));

  return (
    <figure className="volume-chart">
      <div className="row-between">
        <figcaption id={titleId}>{t('dataVolumeCaption')}</figcaption>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {t('dataTableView')}
        </button>
      </div>
      <p id={descId} className="hint">
        {summary}
      </p>
      {sources.length > 0 && (
        <ul className="legend" aria-label={t('dataLegend')}>
          {sources.map((s) => (
            <li key={s}>
              <span className="swatch" style={{ background: colour(s) }} aria-hidden="true" />
              {sourceLabel(t, s)}
            </li>
          ))}
        </ul>
      )}
      {asTable ? (
        <TableScroll label={t('dataVolumeCaption')}>
          <table className="table volume-table">
            <caption className="visually-hidden">{t('dataVolumeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{bucket === 'day' ? t('dataDay') : t('dataHour')}</th>
                {sources.map((s) => (
                  <th scope="col" key={s}>
                    {sourceLabel(t, s)}
                  </th>
                ))}
                <th scope="col">{t('dataTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.at}>
                  <th scope="row">{formatBucket(p.at, bucket, lang)}</th>
                  {sources.map((s) => (
                    <td key={s}>{formatNumber(p.bySource[s] ?? 0, lang)}</td>
                  ))}
                  <td>{formatNumber(p.total, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <svg
          className="volume-svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
        >
          <title>{t('dataVolumeCaption')}</title>
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#6b7280" />
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} stroke="#e4e7ec" />
            <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="axis">
              {formatNumber(max, lang)}
            </text>
            <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="axis">
              0
            </text>
            {series.map((p, i) => {
              const x = PAD.left + i * slot + (slot - barW) / 2;
              let base = 0;
              return (
                <g key={p.at}>
                  {sources.map((s) => {
                    const v = p.bySource[s] ?? 0;
                    if (v === 0) return null;
                    const top = y(base + v);
                    const h = y(base) - top;
                    base += v;
                    return (
                      <rect key={s} x={x} y={top} width={barW} height={Math.max(h, 0.5)} fill={colour(s)} />
                    );
                  })}
                  {i % labelEvery === 0 && (
                    <text x={x + barW / 2} y={H - 6} textAnchor="middle" className="axis">
                      {formatBucket(p.at, bucket, lang)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </svg>
      )}
    </figure>
  );
}
