import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ActionImpact } from '../../../src/analytics/action-impact.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { actionsApi } from './actions-api.js';

const fmt = (v: number | null) => (v === null ? '–' : (Math.round(v * 10) / 10).toString());
const day = (iso: string) => iso.slice(0, 10);

/** Before and after an action's start: value, 95 % interval and n per side, the test's verdict, a chart. */
export function ImpactView({ workspaceId, actionId }: { workspaceId: string; actionId: string }) {
  const { t } = useI18n();
  const [days, setDays] = useState('');
  const daysId = useId();
  const n = Number(days);
  const q = useQuery({
    queryKey: ['action-impact', workspaceId, actionId, days],
    queryFn: () => actionsApi.impact(workspaceId, actionId, days && n >= 1 ? n : undefined),
  });
  return (
    <section className="action-impact" aria-label={t('actionImpact')}>
      <label htmlFor={daysId}>{t('actionWindowDays')}</label>{' '}
      <input
        id={daysId}
        type="number"
        min={1}
        max={365}
        value={days}
        onChange={(e) => setDays(e.target.value)}
      />
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.data && <ImpactBody impact={q.data} />}
    </section>
  );
}

function ImpactBody({ impact: r }: { impact: ActionImpact }) {
  const { t } = useI18n();
  if (r.status === 'no_target_metric') return <p>{t('actionNoMetric')}</p>;
  if (r.status === 'not_started' || !r.window || !r.before || !r.after) return <p>{t('actionNotStarted')}</p>;
  const test = r.change ? t(`actionTest_${r.change.test}` as MessageKey) : '';
  const sides = [
    [t('actionBefore'), r.window.before, r.before] as const,
    [t('actionAfter'), r.window.after, r.after] as const,
  ];
  return (
    <>
      <p className="impact-verdict" data-verdict={r.verdict}>
        {r.metric && <strong>{t(`actionMetric_${r.metric}` as MessageKey)}: </strong>}
        {t(`actionVerdict_${r.verdict ?? 'not_enough_data'}` as MessageKey, { test })}
      </p>
      <ImpactChart impact={r} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('actionPeriod')}</th>
            <th scope="col">{t('actionValue')}</th>
            <th scope="col">{t('actionInterval')}</th>
            <th scope="col">{t('actionN')}</th>
          </tr>
        </thead>
        <tbody>
          {sides.map(([label, w, s]) => (
            <tr key={label}>
              <th scope="row">
                {label} ({day(w.from)} – {day(new Date(Date.parse(w.to) - 1).toISOString())})
              </th>
              <td>{s.visible ? fmt(s.value) : t('actionHidden')}</td>
              <td>{s.interval ? `${fmt(s.interval.low)} … ${fmt(s.interval.high)}` : '–'}</td>
              <td>{s.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Two points with their interval whiskers; decorative beside the table, which has the numbers. */
function ImpactChart({ impact: r }: { impact: ActionImpact }) {
  const pts = [r.before, r.after];
  const lo = r.metric === 'nps' ? -100 : r.metric === 'ces' ? 1 : 0;
  const hi = r.metric === 'nps' ? 100 : r.metric === 'ces' ? 7 : 100;
  const y = (v: number) => 110 - ((v - lo) / (hi - lo)) * 100;
  return (
    <svg className="impact-chart" viewBox="0 0 200 120" width="200" height="120" aria-hidden="true">
      <line x1="10" x2="190" y1={y(lo)} y2={y(lo)} stroke="currentColor" strokeWidth="0.5" />
      {pts.map((s, i) =>
        s?.visible && s.value !== null ? (
          <g key={i === 0 ? 'before' : 'after'}>
            {s.interval && (
              <line
                x1={60 + i * 80}
                x2={60 + i * 80}
                y1={y(s.interval.low)}
                y2={y(s.interval.high)}
                stroke="currentColor"
              />
            )}
            <circle cx={60 + i * 80} cy={y(s.value)} r="4" fill={i === 0 ? '#57606a' : '#0b5cad'} />
          </g>
        ) : null,
      )}
    </svg>
  );
}
