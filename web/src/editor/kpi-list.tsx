import { memo } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Touchpoint } from '../api/types.js';
import { useEditorEnv } from './editor-context.js';

/** The KPIs and targets of a stage's touchpoints. */
export const KpiList = memo(function KpiList({ touchpoints }: { touchpoints: Touchpoint[] }) {
  const { lang } = useEditorEnv();
  const rows = touchpoints.flatMap((tp) => tp.kpis.map((k, i) => ({ tp, k, key: `${tp.id}-${i}` })));
  if (rows.length === 0) return null;
  return (
    <ul className="kpi-list">
      {rows.map(({ tp, k, key }) => (
        <li key={key}>
          <span className="kpi-tp">{localized(tp, 'name', lang)}</span> <strong>{k.name}</strong>
          {k.target !== null && (
            <>
              {' '}
              → {k.target}
              {k.unit ? ` ${k.unit}` : ''}{' '}
              <span aria-hidden="true">{k.direction === 'higher' ? '↑' : '↓'}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
});
