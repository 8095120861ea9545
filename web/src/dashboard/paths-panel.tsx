import type { EChartsOption } from 'echarts';
import type { PathsResult } from '../../../src/analytics/paths.js';
import { useI18n } from '../hooks/use-i18n.js';
import { ChartPanel } from './chart-panel.js';
import { fmt } from './format.js';
import type { Names } from './names.js';
import type { TableData } from './table-data.js';

/** The actual paths as a sankey, the top paths as its table, and where they depart from the design. */
export function PathsPanel({ result, names }: { result: PathsResult; names: Names }) {
  const { t, lang } = useI18n();
  const d = result.differences;
  const pathText = (ids: string[]) => ids.map((id) => names.touchpoint(id)).join(' → ');
  const table: TableData = {
    columns: [
      { label: t('dashPath') },
      { label: t('dashCustomers') },
      { label: t('dashShareOfCustomers'), share: true, digits: 1 },
    ],
    rows: result.paths.map((p) => [
      pathText(p.touchpointIds),
      p.customers,
      result.customers ? p.customers / result.customers : null,
    ]),
  };
  const nodeLabel = new Map(result.sankey.nodes.map((n) => [n.id, names.touchpoint(n.touchpointId)]));
  const top = result.paths[0];
  const summary = top
    ? t('dashPathsSummary', {
        customers: fmt(result.customers, lang),
        path: pathText(top.touchpointIds),
        n: fmt(top.customers, lang),
      })
    : '';
  const option: EChartsOption = {
    aria: { enabled: false },
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 200,
        top: 16,
        bottom: 16,
        nodeAlign: 'left',
        emphasis: { focus: 'adjacency' },
        data: result.sankey.nodes.map((n) => ({ name: n.id, value: n.customers })),
        links: result.sankey.links.map((l) => ({ source: l.source, target: l.target, value: l.customers })),
        label: { formatter: (p) => nodeLabel.get((p as { name: string }).name) ?? '' },
        lineStyle: { color: 'gradient', opacity: 0.4 },
      },
    ],
  };
  const stageMove = (x: {
    fromStageId: string;
    toStageId: string;
    fromTouchpointId: string;
    toTouchpointId: string;
  }) =>
    `${names.stage(x.fromStageId)} (${names.touchpoint(x.fromTouchpointId)}) → ${names.stage(x.toStageId)} (${names.touchpoint(x.toTouchpointId)})`;
  return (
    <ChartPanel
      title={t('dashPathsTitle')}
      summary={summary}
      table={table}
      option={result.customers > 0 && result.sankey.nodes.length > 0 ? option : null}
      empty={result.customers === 0 ? t('dashNoData') : null}
      height={380}
    >
      {result.customers > 0 && (
        <div className="dash-differences">
          <h3>{t('dashDifferencesTitle')}</h3>
          <h4>{t('dashUnmapped')}</h4>
          {d.unmapped.length === 0 ? (
            <p className="dash-muted">{t('dashNone')}</p>
          ) : (
            <ul className="dash-list">
              {d.unmapped.map((u) => (
                <li key={`${u.reason}-${u.key ?? u.touchpointId}`}>
                  <code>{u.key ?? u.touchpointId}</code> —{' '}
                  {t(u.reason === 'unknown-key' ? 'dashUnknownKey' : 'dashNotOnJourney')}:{' '}
                  {t('dashCustomersEvents', {
                    customers: fmt(u.customers, lang),
                    events: fmt(u.events, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('dashUnreached')}</h4>
          {d.unreached.length === 0 ? (
            <p className="dash-muted">{t('dashNone')}</p>
          ) : (
            <ul className="dash-list">
              {d.unreached.map((u) => (
                <li key={u.touchpointId}>
                  {names.touchpoint(u.touchpointId)} ({names.stage(u.stageId)}): {t('dashNobodyReached')}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('dashUnmeasured')}</h4>
          {d.unmeasured.length === 0 ? (
            <p className="dash-muted">{t('dashNone')}</p>
          ) : (
            <ul className="dash-list">
              {d.unmeasured.map((u) => (
                <li key={u.touchpointId}>
                  {names.touchpoint(u.touchpointId)}:{' '}
                  {t('dashCustomersEvents', {
                    customers: fmt(u.customers, lang),
                    events: fmt(u.events, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('dashSkips', { customers: fmt(d.skips.customers, lang) })}</h4>
          {d.skips.transitions.length === 0 ? (
            <p className="dash-muted">{t('dashNone')}</p>
          ) : (
            <ul className="dash-list">
              {d.skips.transitions.slice(0, 8).map((x) => (
                <li key={`${x.fromTouchpointId}-${x.toTouchpointId}`}>
                  {stageMove(x)}: {t('dashCustomersN', { n: fmt(x.customers, lang) })}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('dashBackwards', { customers: fmt(d.backwards.customers, lang) })}</h4>
          {d.backwards.transitions.length === 0 ? (
            <p className="dash-muted">{t('dashNone')}</p>
          ) : (
            <ul className="dash-list">
              {d.backwards.transitions.slice(0, 8).map((x) => (
                <li key={`${x.fromTouchpointId}-${x.toTouchpointId}`}>
                  {stageMove(x)}: {t('dashCustomersN', { n: fmt(x.customers, lang) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </ChartPanel>
  );
}
