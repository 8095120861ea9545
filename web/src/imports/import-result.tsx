import { useI18n } from '../hooks/use-i18n.js';
import type { ImportReportView } from './import-api.js';

const PREVIEW_COLUMNS = [
  'ts',
  'name',
  'touchpointKey',
  'channel',
  'customerId',
  'value',
  'nps',
  'csat',
  'comment',
];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Counts, the rows as they will be stored (dry run) and the rejected rows with line, field and reason. */
export function ImportResult({ report }: { report: ImportReportView }) {
  const { t, lang } = useI18n();
  const n = (x: number) => x.toLocaleString(lang === 'fi' ? 'fi-FI' : 'en-GB');
  const shown = PREVIEW_COLUMNS.filter((c) => report.preview.some((p) => cell(p.row[c]) !== ''));
  return (
    <section className="panel imp-result" aria-labelledby="imp-result-heading">
      <h2 id="imp-result-heading">{report.dryRun ? t('impDryRunResult') : t('impResult')}</h2>
      <dl className="imp-counts" data-testid="import-counts">
        <div>
          <dt>{t('impRowsRead')}</dt>
          <dd>{n(report.rowsRead)}</dd>
        </div>
        {report.dryRun ? (
          <div>
            <dt>{t('impWouldStore')}</dt>
            <dd>{n(report.wouldStore)}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t('impStored')}</dt>
              <dd>{n(report.stored)}</dd>
            </div>
            <div>
              <dt>{t('impDuplicates')}</dt>
              <dd>{n(report.duplicates)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('impRejected')}</dt>
          <dd>{n(report.rowsRejected)}</dd>
        </div>
      </dl>
      {report.dryRun && !report.complete && (
        <p className="hint">{t('impDryRunPartial', { rows: n(report.rowsRead) })}</p>
      )}
      {!report.dryRun && (
        <p className="hint">
          {t('impStoredDetail', { events: n(report.storedEvents), responses: n(report.storedResponses) })}
        </p>
      )}

      {report.errors.length > 0 && (
        <>
          <h3>{t('impFailedRows')}</h3>
          {report.rowsRejected > report.errors.length && (
            <p className="hint">{t('impFirstErrors', { count: n(report.errors.length) })}</p>
          )}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard */}
          <section className="imp-scroll" tabIndex={0} aria-label={t('impFailedRows')}>
            <table className="table imp-errors" data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col">{t('impLine')}</th>
                  <th scope="col">{t('impColumn')}</th>
                  <th scope="col">{t('impReason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e) => (
                  <tr key={`${e.line}-${e.field}`}>
                    <td>{e.line}</td>
                    <td>{e.field}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}

      {report.dryRun && report.preview.length > 0 && (
        <>
          <h3>{t('impPreview')}</h3>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard */}
          <section className="imp-scroll" tabIndex={0} aria-label={t('impPreview')}>
            <table className="table imp-preview" data-testid="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('impLine')}</th>
                  <th scope="col">{t('impRowKind')}</th>
                  {shown.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                  <th scope="col">properties</th>
                </tr>
              </thead>
              <tbody>
                {report.preview.map((p) => (
                  <tr key={`${p.kind}-${cell(p.row.id)}`}>
                    <td>{p.line}</td>
                    <td>{p.kind === 'event' ? t('impKind_event') : t('impKind_response')}</td>
                    {shown.map((c) => (
                      <td key={c}>{cell(p.row[c])}</td>
                    ))}
                    <td className="imp-props">{cell(p.row.properties)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
