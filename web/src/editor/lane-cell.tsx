import { memo } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Lane, Stage } from '../api/types.js';
import { CardCell } from './card-cell.js';
import { useEditorEnv } from './editor-context.js';
import { EmotionCell } from './emotion-cell.js';
import { KpiList } from './kpi-list.js';
import { TouchpointCell } from './touchpoint-cell.js';
import { cellKey, emptyList, type MapLayout } from './use-map-layout.js';

interface Props {
  lane: Lane;
  stage: Stage;
  layout: MapLayout;
  activeCurve: string | null;
  selectedTouchpoint: string | null;
}

/** One lane × stage cell; picks what to draw from the lane's kind. */
export function LaneCell({ lane, stage, layout, activeCurve, selectedTouchpoint }: Props) {
  const { lang } = useEditorEnv();
  const touchpoints = layout.touchpointsByStage.get(stage.id) ?? emptyList();
  const label = `${localized(lane, 'name', lang)} · ${localized(stage, 'name', lang)}`;
  if (lane.kind === 'touchpoints') {
    const selected = touchpoints.some((tp) => tp.id === selectedTouchpoint) ? selectedTouchpoint : null;
    return <TouchpointCell stageId={stage.id} touchpoints={touchpoints} selected={selected} label={label} />;
  }
  if (lane.kind === 'emotions') {
    return (
      <EmotionCell
        touchpoints={touchpoints}
        curves={layout.curvesByStage.get(stage.id) ?? emptyList()}
        activeCurve={activeCurve}
        label={label}
      />
    );
  }
  const cards = layout.cardsByCell.get(cellKey(lane.id, stage.id)) ?? emptyList();
  return (
    <CardCell laneId={lane.id} stageId={stage.id} kind={lane.kind} cards={cards} label={label}>
      {lane.kind === 'kpis' ? <KpiList touchpoints={touchpoints} /> : null}
    </CardCell>
  );
}

export const MemoLaneCell = memo(LaneCell);
