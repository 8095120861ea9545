import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../hooks/use-i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { type ImportRunView, importRuns } from './import-api.js';

export const importRunsKey = (workspaceId: string) => ['import-runs', workspaceId] as const;

/** The workspace's latest imports (from the web app and the CLI), with their failed rows. */
export function ImportHistory({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  const runs = useQuery({ queryKey: importRunsKey(workspaceId), queryFn: () => importRuns(workspaceId) });
  const locale = lang === 'fi' ? 'fi-FI' : 'en-GB';
  const n = (x: number) => x.toLocaleString(locale);
  const list: ImportRunView[] = runs.data ?? [];
  return (
    <section className="panel" aria-labelledby="imp-history-heading">
      <h2 id="imp-history-heading">{t('impHistory')}</h2>
      {runs.isError && <p role="alert">{(runs.error as Error).message}</p>}
      {runs.isSuccess && list.length === 0 && <p>{t('impHistoryNone')}</p>}
      {list.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard
        <section className="imp-scroll" tabIndex={0} aria-label={t('impHistory')}>
          <table className="table imp-history" data-testid="import-history">
            <thead>
              <tr>
                <th scope="col">{t('impWhen')}</th>
                <th scope="col">{t('impFile')}</th>
                <th scope="col">{t('impKind')}</th>
                <th scope="col">{t('impBy')}</th>
                <th scope="col">{t('impRowsRead')}</th>
                <th scope="col">{t('impStored')}</th>
                <th scope="col">{t('impDuplicates')}</th>
                <th scope="col">{t('impRejected')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <td>{new Date(r.finishedAt).toLocaleString(locale)}</td>
                  <td>{r.fileName}</td>
                  <td>{t(`impKind_${r.kind}` as MessageKey)}</td>
                  <td>
                    {r.actor} ({r.source === 'cli' ? t('impViaCli') : t('impViaWeb')})
                  </td>
                  <td>{n(r.rowsRead)}</td>
                  <td>{n(r.stored)}</td>
                  <td>{n(r.duplicates)}</td>
                  <td>
                    {r.rowsRejected === 0 ? (
                      '0'
                    ) : (
                      <details>
                        <summary>{n(r.rowsRejected)}</summary>
                        <ul className="plain-list">
                          {r.errors.map((e) => (
                            <li key={`${e.line}-${e.field}`}>
                              {t('impLine')} {e.line}, {e.field}: {e.reason}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
