import { memo } from 'react';
import { mainScoreText, signed } from '../../../src/export/live-numbers.js';
import { useStoreValue, type ValueStore } from '../editor/value-store.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { Translate } from '../i18n/i18n-context.js';
import type { LiveCard, LiveMapData } from './live-data.js';
import { formatHours, sparklinePath, sparklinePoints } from './sparkline.js';

const TARGET = {
  met: { icon: '✓', key: 'liveTargetMet' },
  missed: { icon: '✗', key: 'liveTargetMissed' },
  not_enough_data: { icon: '…', key: 'liveTargetNotEnough' },
  no_target: { icon: '–', key: 'liveNoTarget' },
} as const;

const W = 150;
const H = 22;

function Sparkline({ card, granularity, t }: { card: LiveCard; granularity: string; t: Translate }) {
  if (card.score.kind === 'none' || card.trend === null) return null;
  const metric = t(`liveMetric_${card.score.metric}`);
  const values = card.trend.filter((v): v is number => v !== null);
  const fmt = (v: number) => signed(Math.round(v * 10) / 10);
  const label =
    values.length === 0
      ? t('liveSparklineEmpty', { metric })
      : t('liveSparkline', {
          metric,
          granularity: t(`liveGranularity_${granularity as 'day' | 'week' | 'month'}`),
          count: values.length,
          first: fmt(values[0]!),
          last: fmt(values.at(-1)!),
        });
  const d = sparklinePath(card.trend, W, H);
  return (
    <svg className="live-spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {d && <path d={d} fill="none" strokeWidth={1.5} />}
      {sparklinePoints(card.trend, W, H).map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: one point per trend bucket, in order
        p ? <circle key={i} cx={p.x} cy={p.y} r={1.75} /> : null,
      )}
    </svg>
  );
}

/** A touchpoint card's live numbers: main score with interval and n, target status, sparkline, evidence, waiting. */
export const LiveFace = memo(function LiveFace({
  touchpointId,
  store,
}: {
  touchpointId: string;
  store: ValueStore<LiveMapData | null>;
}) {
  const { t } = useI18n();
  const card = useStoreValue(store, (d) => (d ? (d.cards.get(touchpointId) ?? 'none') : null));
  const granularity = useStoreValue(store, (d) => d?.granularity ?? 'week');
  if (card === null) return null;
  if (card === 'none' || card.score.kind === 'none') {
    return (
      <span className="live-face live-none">
        <span className="live-status live-status-none">{t('liveNotMeasured')}</span>
        {card !== 'none' && <Waiting card={card} t={t} />}
      </span>
    );
  }
  const target = TARGET[card.target];
  const text = mainScoreText(card.score, {
    notMeasured: t('liveNotMeasured'),
    tooFew: (n) => t('liveTooFew', { n }),
  });
  return (
    <span className="live-face">
      <span className={`live-score${card.score.kind === 'hidden' ? ' live-hidden' : ''}`}>{text}</span>
      <span className={`live-status live-status-${card.target}`}>
        <span aria-hidden="true">{target.icon}</span> {t(target.key)}
      </span>
      <Sparkline card={card} granularity={granularity} t={t} />
      {card.raisedEvidence && (
        <span
          className={`live-evidence evidence-${card.raisedEvidence}`}
          title={t('liveEvidenceFromData', { status: t(`evidence_${card.raisedEvidence}`) })}
        >
          {t('liveEvidenceFromData', { status: t(`evidence_${card.raisedEvidence}`) })}
        </span>
      )}
      {card.unbacked && <span className="live-evidence live-unbacked">{t('liveUnbacked')}</span>}
      <Waiting card={card} t={t} />
    </span>
  );
});

function Waiting({ card, t }: { card: LiveCard; t: Translate }) {
  if (!card.waiting) return null;
  const hours = card.waiting.medianHours === null ? '?' : formatHours(card.waiting.medianHours);
  return (
    <span className="live-waiting" title={t('liveWaiting', { hours })}>
      {t('liveWaitingShort', { hours })} <span aria-hidden="true">→</span>
    </span>
  );
}
