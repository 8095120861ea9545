import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import { useActionMarks } from '../actions/action-marks.js';
import type { Touchpoint } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { Translate } from '../i18n/i18n-context.js';
import { useLiveStore } from '../live-map/live-context.js';
import { LiveFace } from '../live-map/live-face.js';
import { dragActivatorProps } from './drag-activator.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';
import { stepTouchpoint } from './moves.js';
import { useStoreValue } from './value-store.js';
import { CHANNEL_BADGE } from './vocab.js';

interface Props {
  touchpoint: Touchpoint;
  selected: boolean;
}

/** The card's content; memoised apart from the sortable wrapper, which re-renders on every drag move. */
const TouchpointFace = memo(function TouchpointFace({
  touchpoint: tp,
  name,
  t,
}: {
  touchpoint: Touchpoint;
  name: string;
  t: Translate;
}) {
  return (
    <>
      <span className="tp-top">
        <span className={`channel-badge channel-${tp.channel}`} title={t(`channel_${tp.channel}`)}>
          <span aria-hidden="true">{CHANNEL_BADGE[tp.channel]}</span>
          <span className="visually-hidden">{t(`channel_${tp.channel}`)}</span>
        </span>
        {tp.momentOfTruth && (
          <span className="mot-mark" title={t('momentOfTruth')}>
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('momentOfTruth')}</span>
          </span>
        )}
      </span>
      <span className="tp-name">{name}</span>
      <span className="tp-meta">
        <span className={`mode mode-${tp.mode}`}>{t(`mode_${tp.mode}`)}</span>
        {tp.ownerTeam && <span className="owner">{tp.ownerTeam}</span>}
        <span className={`evidence evidence-${tp.evidence}`}>{t(`evidence_${tp.evidence}`)}</span>
      </span>
    </>
  );
});

export const TouchpointCard = memo(function TouchpointCard({ touchpoint: tp, selected }: Props) {
  const { t } = useI18n();
  const { controller, readOnly, lang, openTouchpoint, armedCell } = useEditorEnv();
  const armed = useStoreValue(armedCell, (cell) => cell === tp.stageId);
  const sortable = useSortable({
    id: `tp:${tp.id}`,
    data: { type: 'touchpoint', id: tp.id, cell: tp.stageId },
    disabled: readOnly ? true : { draggable: false, droppable: !armed },
  });
  const live = useLiveStore();
  const marks = useActionMarks();
  const underWay = marks?.counts.get(tp.id) ?? 0;
  const { setNodeRef, listeners, transform, transition, isDragging } = sortable;
  const arm = () => armedCell.set(tp.stageId);
  const name = localized(tp, 'name', lang);
  const domId = `tp-${tp.id}`;

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (controller && !readOnly && e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      void stepTouchpoint(controller, tp.id, e.key === 'ArrowLeft' ? -1 : 1).then(() => focusSoon(domId));
      return;
    }
    listeners?.onKeyDown?.(e);
  }

  return (
    <li
      ref={setNodeRef}
      className={`tp-card${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}${tp.momentOfTruth ? ' mot' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-touchpoint={tp.id}
    >
      <button
        type="button"
        id={domId}
        className="tp-main"
        {...dragActivatorProps(sortable, arm)}
        onKeyDown={onKeyDown}
        onClick={() => openTouchpoint(tp.id)}
        aria-pressed={selected}
      >
        <TouchpointFace touchpoint={tp} name={name} t={t} />
        {live && <LiveFace touchpointId={tp.id} store={live} />}
      </button>
      {underWay > 0 && marks && (
        <a className="action-mark" href={`${marks.href}?touchpoint=${encodeURIComponent(tp.id)}`}>
          {underWay === 1 ? t('actionUnderWay') : t('actionsUnderWay', { n: underWay })}
        </a>
      )}
    </li>
  );
});
