import type { JourneyMap } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  map: JourneyMap;
  unmapped: { key: string | null; customers: number; events: number }[];
}

/** Above the live map: the emotion curves' legend and the keys seen in data that are not on the map. */
export function LiveSummary({ map, unmapped }: Props) {
  const { t } = useI18n();
  const hasEmotionLane = map.lanes.some((l) => l.kind === 'emotions');
  const keys = unmapped.filter((u) => u.key);
  return (
    <div className="live-summary">
      {hasEmotionLane && (
        <ul className="live-legend" aria-label={t('liveLegend')}>
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" className="legend-hypothesis" />
            </svg>
            {t('liveHypothesisCurve')}
          </li>
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" className="legend-measured" />
              <rect x="10" y="1" width="8" height="8" className="legend-measured-point" />
            </svg>
            {t('liveMeasuredCurve')}
          </li>
        </ul>
      )}
      {keys.length > 0 && (
        <p className="live-unmapped">
          <strong>{t('liveUnmappedTitle')}:</strong>{' '}
          {keys.map((u, i) => (
            <span key={u.key}>
              {i > 0 && ', '}
              <code>{u.key}</code> ({u.customers})
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
