import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, type ReactNode } from 'react';
import type { LaneKind } from '../../../src/domain/journey/vocabulary.js';
import type { Card } from '../api/types.js';
import { useStableIds } from '../hooks/use-stable-ids.js';
import { AddCardForm } from './add-card-form.js';
import { useEditorEnv } from './editor-context.js';
import { LaneCard } from './lane-card.js';
import { cellKey } from './use-map-layout.js';

interface Props {
  laneId: string;
  stageId: string;
  kind: LaneKind;
  cards: Card[];
  label: string;
  children?: ReactNode;
}

export const CardCell = memo(function CardCell({ laneId, stageId, kind, cards, label, children }: Props) {
  const { readOnly } = useEditorEnv();
  const cell = cellKey(laneId, stageId);
  const { setNodeRef, isOver } = useDroppable({
    id: `cardcell:${cell}`,
    data: { type: 'card-cell', cell },
    disabled: readOnly,
  });
  const ids = useStableIds('card:', cards);
  return (
    <section
      ref={setNodeRef}
      className={`cell card-cell kind-${kind}${isOver ? ' over' : ''}`}
      aria-label={label}
    >
      {children}
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={readOnly}>
        <ul className="card-list">
          {cards.map((c) => (
            <LaneCard key={c.id} card={c} cell={cell} />
          ))}
        </ul>
      </SortableContext>
      {!readOnly && (
        <AddCardForm laneId={laneId} stageId={stageId} label={label} last={cards.at(-1)?.position} />
      )}
    </section>
  );
});
