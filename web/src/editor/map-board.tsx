import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { memo, useCallback, useId, useMemo } from 'react';
import type { Persona } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { BoardGrid } from './board-grid.js';
import { useEditorEnv } from './editor-context.js';
import type { LayoutStore } from './layout-store.js';
import { SLOT } from './vocab.js';

/** The touchpoint cell's left padding (0.4rem). */
const CELL_PAD = 6;

import { moveCard, moveStage, moveTouchpoint } from './moves.js';

interface Props {
  store: LayoutStore;
  personas: Persona[];
}

type DragType = 'touchpoint' | 'card' | 'stage';
const CONTAINER_OF: Record<DragType, string> = {
  touchpoint: 'tp-cell',
  card: 'card-cell',
  stage: 'stage-row',
};

/**
 * Only droppables of the dragged kind count. The pointer first picks a cell (a few dozen
 * rects), then the nearest card within that cell: a map of thousands of cards never has
 * all of their rects measured on a pointer move.
 */
const collision: CollisionDetection = (args) => {
  const type = args.active.data.current?.type as DragType | undefined;
  if (!type) return [];
  const cellType = CONTAINER_OF[type];
  const cells = [];
  const items = [];
  for (const c of args.droppableContainers) {
    const t = c.data.current?.type;
    if (t === cellType) cells.push(c);
    else if (t === type) items.push(c);
  }
  if (type === 'stage') return closestCenter({ ...args, droppableContainers: items });
  const within = args.pointerCoordinates ? pointerWithin({ ...args, droppableContainers: cells }) : [];
  let cell = within[0] ? cells.find((c) => c.id === within[0]!.id) : undefined;
  if (!cell) {
    // keyboard dragging has no pointer: the cell nearest to the dragged card's rect
    const nearest = closestCenter({ ...args, droppableContainers: cells })[0];
    cell = nearest ? cells.find((c) => c.id === nearest.id) : undefined;
  }
  if (!cell) return [];
  const owner = cell.data.current?.cell as string | undefined;
  const inCell = items.filter((d) => d.data.current?.cell === owner);
  if (inCell.length === 0) return [{ id: cell.id }];
  return closestCenter({ ...args, droppableContainers: inCell });
};

export const MapBoard = memo(function MapBoard({ store, personas }: Props) {
  const { t } = useI18n();
  const { controller } = useEditorEnv();
  const helpId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const { active, over } = event;
      if (!controller || !over) return;
      const a = active.data.current as { type: DragType; id: string; cell: string } | undefined;
      const o = over.data.current as { type: string; id?: string; cell: string; index?: number } | undefined;
      if (!a || !o || active.id === over.id) return;
      const layout = store.get();
      if (a.type === 'stage') {
        const index = layout.stages.findIndex((s) => s.id === o.id);
        if (index >= 0) void moveStage(controller, a.id, index);
        return;
      }
      if (a.type === 'touchpoint') {
        const stageId = o.cell;
        const list = (layout.touchpointsByStage.get(stageId) ?? []).filter((tp) => tp.id !== a.id);
        let index = list.length;
        const dragged = active.rect.current.translated;
        if (o.type === 'tp-cell' && dragged) {
          // the cell's cards are not droppables unless it is the armed cell: place by the card's x
          const centre = dragged.left + dragged.width / 2 - over.rect.left;
          index = Math.max(0, Math.min(list.length, Math.floor((centre - CELL_PAD) / SLOT + 0.5)));
        }
        if (o.type === 'touchpoint') {
          index = list.findIndex((tp) => tp.id === o.id);
          const from = (layout.touchpointsByStage.get(stageId) ?? []).findIndex((tp) => tp.id === a.id);
          const to = (layout.touchpointsByStage.get(stageId) ?? []).findIndex((tp) => tp.id === o.id);
          if (from !== -1 && from < to) index += 1;
        }
        void moveTouchpoint(controller, a.id, stageId, Math.max(0, index));
        return;
      }
      const [laneId, stageId] = o.cell.split('|') as [string, string];
      const full = layout.cardsByCell.get(o.cell) ?? [];
      const list = full.filter((c) => c.id !== a.id);
      let index = list.length;
      if (o.type === 'card') {
        index = list.findIndex((c) => c.id === o.id);
        const from = full.findIndex((c) => c.id === a.id);
        const to = full.findIndex((c) => c.id === o.id);
        if (from !== -1 && from < to) index += 1;
      }
      void moveCard(controller, a.id, laneId, stageId, Math.max(0, index));
    },
    [controller, store],
  );

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: () => t('mapHelp'),
      onDragOver: () => undefined,
      onDragEnd: () => t('saving'),
      onDragCancel: () => t('cancel'),
    }),
    [t],
  );

  return (
    <section className="board-scroll" aria-label={t('editorRegion')} aria-describedby={helpId}>
      <p id={helpId} className="visually-hidden">
        {t('mapHelp')}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('mapHelp') } }}
      >
        <BoardGrid store={store} personas={personas} />
      </DndContext>
    </section>
  );
});
