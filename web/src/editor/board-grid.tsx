import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { Fragment, memo, useMemo } from 'react';
import type { Persona } from '../api/types.js';
import { AddStageButton } from './add-stage-button.js';
import { useEditorEnv } from './editor-context.js';
import { LaneCell } from './lane-cell.js';
import { LaneHeader } from './lane-header.js';
import { type LayoutStore, useLayoutSlice } from './layout-store.js';
import { StageHeader } from './stage-header.js';
import type { MapLayout } from './use-map-layout.js';
import { stageWidth } from './vocab.js';

interface Props {
  store: LayoutStore;
  personas: Persona[];
}

const columnsOf = (layout: MapLayout) =>
  `var(--lane-head) ${layout.stages
    .map((s) => `${stageWidth(layout.touchpointsByStage.get(s.id)?.length ?? 0)}px`)
    .join(' ')} minmax(var(--add-col), 1fr)`;

/** The grid: stage headers, then one row per lane. Re-renders only when stages or lanes change. */
export const BoardGrid = memo(function BoardGrid({ store, personas }: Props) {
  const { readOnly } = useEditorEnv();
  const stages = useLayoutSlice(store, (l) => l.stages);
  const lanes = useLayoutSlice(store, (l) => l.lanes);
  const columns = useLayoutSlice(store, columnsOf);
  const stageIds = useMemo(() => stages.map((s) => `stage:${s.id}`), [stages]);
  return (
    <div className="board" style={{ gridTemplateColumns: columns }}>
      <div className="corner" />
      <SortableContext items={stageIds} strategy={horizontalListSortingStrategy} disabled={readOnly}>
        {stages.map((stage, i) => (
          <StageHeader key={stage.id} stage={stage} index={i} count={stages.length} store={store} />
        ))}
      </SortableContext>
      <div className="add-col">{!readOnly && <AddStageButton />}</div>
      {lanes.map((lane, i) => (
        <Fragment key={lane.id}>
          <LaneHeader lane={lane} index={i} count={lanes.length} personas={personas} />
          {stages.map((stage) => (
            <LaneCell key={stage.id} lane={lane} stage={stage} store={store} />
          ))}
          <div className="add-col" />
        </Fragment>
      ))}
    </div>
  );
});
