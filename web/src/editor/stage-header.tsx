import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo } from 'react';
import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import type { Stage } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';
import { InlineText } from './inline-text.js';
import { type LayoutStore, useLayoutSlice } from './layout-store.js';
import { stepStage } from './moves.js';

interface Props {
  stage: Stage;
  index: number;
  count: number;
  store: LayoutStore;
}

export const StageHeader = memo(function StageHeader({ stage, index, count, store }: Props) {
  const touchpointCount = useLayoutSlice(store, (l) => l.touchpointsByStage.get(stage.id)?.length ?? 0);
  const { t } = useI18n();
  const { controller, readOnly, lang, journeyLanguage } = useEditorEnv();
  const name = localized(stage, 'name', lang);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } =
    useSortable({
      id: `stage:${stage.id}`,
      data: { type: 'stage', id: stage.id, cell: 'stages' },
      disabled: readOnly,
    });

  function onHandleKey(e: KeyboardEvent) {
    if (!controller || !e.altKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      void stepStage(controller, stage.id, e.key === 'ArrowLeft' ? -1 : 1).then(() =>
        focusSoon(`stage-handle-${stage.id}`),
      );
    }
  }

  return (
    <div
      ref={setNodeRef}
      className={`stage-header${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {readOnly ? (
        <h2 className="stage-title">{name}</h2>
      ) : (
        <>
          <button
            type="button"
            id={`stage-handle-${stage.id}`}
            className="drag-handle"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            onKeyDown={(e) => {
              onHandleKey(e);
              if (!e.defaultPrevented) listeners?.onKeyDown?.(e);
            }}
            aria-label={`${t('stage')} ${index + 1}/${count}: ${name}`}
          >
            ⠿
          </button>
          <InlineText
            id={`stage-name-${stage.id}`}
            className="stage-name"
            value={name}
            label={t('stageName')}
            required
            maxLength={200}
            onCommit={(v) =>
              controller?.patch('stages', stage.id, textEdit(stage, 'name', v, lang, journeyLanguage), {
                label: 'rename',
              })
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('deleteStage', { name })}
            title={t('deleteStage', { name })}
            onClick={() => controller?.remove('stages', stage.id)}
          >
            ×
          </button>
        </>
      )}
      <span className="stage-count">{t('touchpointsCount', { n: touchpointCount })}</span>
    </div>
  );
});
