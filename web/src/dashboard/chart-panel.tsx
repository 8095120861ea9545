import type { EChartsOption } from 'echarts';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import { fileName, toCsv } from './csv.js';
import { DataTable } from './data-table.js';
import { download, downloadCsv } from './download.js';
import { EChart, type EChartHandle } from './echart.js';
import type { TableData } from './table-data.js';

interface Props {
  title: string;
  /** The chart in one or two sentences: shown under the title and the chart's accessible name. */
  summary: string;
  table: TableData;
  /** Null when there is nothing to draw (then `empty` says why). */
  option: EChartsOption | null;
  /** Why nothing is shown: no data, or too few answers. */
  empty?: string | null;
  height?: number;
  /** Below the chart or table: lists and quotes that belong to it. */
  children?: ReactNode;
}

/** A dashboard section: chart or table view (toggle), CSV of the table, PNG of the chart. */
export function ChartPanel({ title, summary, table, option, empty, height = 320, children }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const chart = useRef<EChartHandle>(null);
  const nothing = Boolean(empty) || !option;

  const savePng = () => {
    const url = chart.current?.png();
    if (url) download(fileName(title, 'png'), url);
  };
  const saveCsv = () =>
    downloadCsv(
      fileName(title, 'csv'),
      toCsv(
        table.columns.map((c) => c.label),
        table.rows,
      ),
    );

  return (
    <section className="panel dash-panel" aria-labelledby={headingId}>
      <div className="dash-panel-head">
        <h2 id={headingId}>{title}</h2>
        {!nothing && (
          <div className="dash-actions">
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              {t('dashTableView')}
            </button>
            <button type="button" onClick={saveCsv}>
              {t('dashCsv')}
            </button>
            <button type="button" onClick={savePng} disabled={asTable}>
              {t('dashPng')}
            </button>
          </div>
        )}
      </div>
      {nothing ? (
        <p className="dash-empty">{empty ?? t('dashNoData')}</p>
      ) : (
        <>
          <p className="hint">{summary}</p>
          {asTable || !option ? (
            <DataTable caption={title} table={table} />
          ) : (
            <EChart
              ref={chart}
              option={option}
              label={summary}
              height={height}
              loadingText={t('dashLoadingChart')}
            />
          )}
        </>
      )}
      {children}
    </section>
  );
}
