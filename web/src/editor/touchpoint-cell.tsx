import { useDroppable } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { memo } from 'react';
import type { Touchpoint } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useStableIds } from '../hooks/use-stable-ids.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';
import { TouchpointCard } from './touchpoint-card.js';

interface Props {
  stageId: string;
  touchpoints: Touchpoint[];
  selected: string | null;
  label: string;
}

export const TouchpointCell = memo(function TouchpointCell({ stageId, touchpoints, selected, label }: Props) {
  const { t } = useI18n();
  const { controller, readOnly, openTouchpoint } = useEditorEnv();
  const { setNodeRef, isOver } = useDroppable({
    id: `tpcell:${stageId}`,
    data: { type: 'tp-cell', cell: stageId },
    disabled: readOnly,
  });
  const ids = useStableIds('tp:', touchpoints);

  async function add() {
    if (!controller) return;
    const last = touchpoints.at(-1);
    const tp = await controller.create('touchpoints', {
      name: t('newTouchpointName'),
      stageId,
      position: (last?.position ?? 0) + 1000,
    });
    if (tp) {
      openTouchpoint(tp.id);
      focusSoon('tp-field-name');
    }
  }

  return (
    <section ref={setNodeRef} className={`cell tp-cell${isOver ? ' over' : ''}`} aria-label={label}>
      <SortableContext items={ids} strategy={horizontalListSortingStrategy} disabled={readOnly}>
        <ol className="tp-list">
          {touchpoints.map((tp) => (
            <TouchpointCard key={tp.id} touchpoint={tp} selected={tp.id === selected} />
          ))}
        </ol>
      </SortableContext>
      {!readOnly && (
        <button type="button" className="add-button" onClick={add}>
          + {t('addTouchpoint')}
        </button>
      )}
    </section>
  );
});
