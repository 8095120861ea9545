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
import {
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
} from '@dnd-kit/sortable';
import { Fragment, memo, useCallback, useId, useMemo } from 'react';
import type { Persona } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { AddStageButton } from './add-stage-button.js';
import { useEditorEnv } from './editor-context.js';
import { LaneCell } from './lane-cell.js';
import { LaneHeader } from './lane-header.js';
import { moveCard, moveStage, moveTouchpoint } from './moves.js';
import { StageHeader } from './stage-header.js';
import type { MapLayout } from './use-map-layout.js';
import { stageWidth } from './vocab.js';

interface Props {
  layout: MapLayout;
  personas: Persona[];
  activeCurve: string | null;
  selectedTouchpoint: string | null;
}

type DragType = 'touchpoint' | 'card' | 'stage';
const CONTAINER_OF: Record<DragType, string> = {
  touchpoint: 'tp-cell',
  card: 'card-cell',
  stage: 'stage-row',
};

/** Only droppables of the dragged kind count; the pointer's cell wins, then the nearest item. */
const collision: CollisionDetection = (args) => {
  const type = args.active.data.current?.type as DragType | undefined;
  if (!type) return [];
  const allowed = args.droppableContainers.filter((c) => {
    const t = c.data.current?.type;
    return t === type || t === CONTAINER_OF[type];
  });
  const within = pointerWithin({ ...args, droppableContainers: allowed });
  const cell = within.find(
    (c) => allowed.find((d) => d.id === c.id)?.data.current?.type === CONTAINER_OF[type],
  );
  if (cell) {
    const container = allowed.find((d) => d.id === cell.id);
    const owner = container?.data.current?.cell as string | undefined;
    const items = allowed.filter((d) => d.data.current?.type === type && d.data.current?.cell === owner);
    if (items.length === 0) return [cell];
    return closestCenter({ ...args, droppableContainers: items });
  }
  return closestCenter({
    ...args,
    droppableContainers: allowed.filter((d) => d.data.current?.type === type),
  });
};

export const MapBoard = memo(function MapBoard({ layout, personas, activeCurve, selectedTouchpoint }: Props) {
  const { t } = useI18n();
  const { controller, readOnly } = useEditorEnv();
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
      const map = controller.map;
      if (!map) return;
      if (a.type === 'stage') {
        const index = layout.stages.findIndex((s) => s.id === o.id);
        if (index >= 0) void moveStage(controller, a.id, index);
        return;
      }
      if (a.type === 'touchpoint') {
        const stageId = o.cell;
        const list = (layout.touchpointsByStage.get(stageId) ?? []).filter((tp) => tp.id !== a.id);
        let index = list.length;
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
    [controller, layout],
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

  const columns = `var(--lane-head) ${layout.stages
    .map((s) => `${stageWidth(layout.touchpointsByStage.get(s.id)?.length ?? 0)}px`)
    .join(' ')} minmax(var(--add-col), 1fr)`;
  const stageIds = useMemo(() => layout.stages.map((s) => `stage:${s.id}`), [layout.stages]);

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
        <div className="board" style={{ gridTemplateColumns: columns }}>
          <div className="corner" />
          <SortableContext items={stageIds} strategy={horizontalListSortingStrategy} disabled={readOnly}>
            {layout.stages.map((stage, i) => (
              <StageHeader
                key={stage.id}
                stage={stage}
                index={i}
                count={layout.stages.length}
                touchpointCount={layout.touchpointsByStage.get(stage.id)?.length ?? 0}
              />
            ))}
          </SortableContext>
          <div className="add-col">{!readOnly && <AddStageButton />}</div>
          {layout.lanes.map((lane, i) => (
            <Fragment key={lane.id}>
              <LaneHeader lane={lane} index={i} count={layout.lanes.length} personas={personas} />
              {layout.stages.map((stage) => (
                <LaneCell
                  key={stage.id}
                  lane={lane}
                  stage={stage}
                  layout={layout}
                  activeCurve={activeCurve}
                  selectedTouchpoint={selectedTouchpoint}
                />
              ))}
              <div className="add-col" />
            </Fragment>
          ))}
        </div>
      </DndContext>
    </section>
  );
});
