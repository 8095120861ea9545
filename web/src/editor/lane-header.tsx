import { memo } from 'react';
import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import type { Lane, Persona } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';
import { InlineText } from './inline-text.js';
import { stepLane } from './moves.js';

interface Props {
  lane: Lane;
  index: number;
  count: number;
  personas: Persona[];
}

export const LaneHeader = memo(function LaneHeader({ lane, index, count, personas }: Props) {
  const { t } = useI18n();
  const { controller, readOnly, lang, journeyLanguage } = useEditorEnv();
  const name = localized(lane, 'name', lang);
  const move = (direction: -1 | 1) => {
    if (!controller) return;
    void stepLane(controller, lane.id, direction).then(() =>
      focusSoon(`lane-${direction === -1 ? 'up' : 'down'}-${lane.id}`),
    );
  };
  return (
    <div className={`lane-header lane-${lane.kind}`}>
      {readOnly ? (
        <h2 className="lane-title">{name}</h2>
      ) : (
        <>
          <InlineText
            className="lane-name"
            wrap
            value={name}
            label={t('laneName')}
            required
            maxLength={200}
            onCommit={(v) =>
              controller?.patch('lanes', lane.id, textEdit(lane, 'name', v, lang, journeyLanguage), {
                label: 'rename',
              })
            }
          />
          <div className="lane-tools">
            <button
              type="button"
              id={`lane-up-${lane.id}`}
              className="icon-button"
              aria-label={t('moveLaneUp', { name })}
              title={t('moveLaneUp', { name })}
              disabled={index === 0}
              onClick={() => move(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              id={`lane-down-${lane.id}`}
              className="icon-button"
              aria-label={t('moveLaneDown', { name })}
              title={t('moveLaneDown', { name })}
              disabled={index === count - 1}
              onClick={() => move(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('deleteLane', { name })}
              title={t('deleteLane', { name })}
              onClick={() => controller?.remove('lanes', lane.id)}
            >
              ×
            </button>
          </div>
        </>
      )}
      {lane.kind === 'emotions' && (
        <ul className="curve-legend">
          <li>
            <span className="swatch" style={{ background: '#3d4451' }} /> {t('teamCurve')}
          </li>
          {personas.map((p) => (
            <li key={p.id}>
              <span className="swatch" style={{ background: p.color }} /> {localized(p, 'name', lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
