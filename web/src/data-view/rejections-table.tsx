import { useI18n } from '../hooks/use-i18n.js';
import type { Rejection } from './data-api.js';
import { formatTime, truncate } from './format.js';
import { sourceLabel } from './source-label.js';
import { TableScroll } from './table-scroll.js';

/** How much of a rejected input the table shows. */
const PAYLOAD_CHARS = 160;

/** The last rejected events and responses with their reasons; payloads are shown as text. */
export function RejectionsTable({ rejections }: { rejections: Rejection[] }) {
  const { t, lang } = useI18n();
  if (rejections.length === 0) return <p>{t('dataNoRejections')}</p>;
  return (
    <TableScroll label={t('dataRejectionsTitle')}>
      <table className="table rejections-table">
        <caption className="visually-hidden">{t('dataRejectionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataTime')}</th>
            <th scope="col">{t('dataSourceColumn')}</th>
            <th scope="col">{t('dataPosition')}</th>
            <th scope="col">{t('dataField')}</th>
            <th scope="col">{t('dataReason')}</th>
            <th scope="col">{t('dataPayload')}</th>
          </tr>
        </thead>
        <tbody>
          {rejections.map((r, i) => (
            // Rejections have no id of their own; the list is replaced, never reordered.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={`${r.at}-${i}`}>
              <td>{formatTime(r.at, lang)}</td>
              <td>{sourceLabel(t, r.source)}</td>
              <td>{r.position}</td>
              <td>
                <code>{r.field}</code>
              </td>
              <td>{r.reason}</td>
              <td>
                <code className="payload">{truncate(r.payload, PAYLOAD_CHARS)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
