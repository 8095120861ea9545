import { TableScroll } from '../data-view/table-scroll.js';
import { useI18n } from '../hooks/use-i18n.js';
import { fmt, fmtShare } from './format.js';
import type { TableData } from './table-data.js';

/** A chart's table view: a real table with its caption; the first column names the row. */
export function DataTable({ caption, table }: { caption: string; table: TableData }) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={t('dashTableOf', { title: caption })}>
      <table className="table dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" key={c.label}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
            <tr key={r}>
              {row.map((cell, i) => {
                const col = table.columns[i];
                const text =
                  typeof cell === 'number'
                    ? col?.share
                      ? fmtShare(cell, lang, col.digits ?? 0)
                      : fmt(cell, lang, col?.digits ?? 0)
                    : (cell ?? '–');
                return i === 0 ? (
                  <th scope="row" key={col?.label ?? i}>
                    {text}
                  </th>
                ) : (
                  <td key={col?.label ?? i} className={typeof cell === 'number' ? 'num' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
