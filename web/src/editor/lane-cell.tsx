import { memo } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Card, Lane, Stage, Touchpoint } from '../api/types.js';
import { CardCell } from './card-cell.js';
import { useEditorEnv } from './editor-context.js';
import { EmotionCell } from './emotion-cell.js';
import { KpiList } from './kpi-list.js';
import { type LayoutStore, useLayoutSlice } from './layout-store.js';
import { TouchpointCell } from './touchpoint-cell.js';
import { type Curve, cellKey } from './use-map-layout.js';
import { useStoreValue } from './value-store.js';
import { laneHoldsCards } from './vocab.js';

const EMPTY_TOUCHPOINTS: Touchpoint[] = [];
const EMPTY_CARDS: Card[] = [];
const EMPTY_CURVES: Curve[] = [];

interface Props {
  lane: Lane;
  stage: Stage;
  store: LayoutStore;
}

/** One lane × stage cell; picks what to draw from the lane's kind. */
export const LaneCell = memo(function LaneCell({ lane, stage, store }: Props) {
  const { lang, selection, activeCurve: curveStore } = useEditorEnv();
  const touchpoints = useLayoutSlice(store, (l) => l.touchpointsByStage.get(stage.id) ?? EMPTY_TOUCHPOINTS);
  const curves = useLayoutSlice(store, (l) =>
    lane.kind === 'emotions' ? (l.curvesByStage.get(stage.id) ?? EMPTY_CURVES) : EMPTY_CURVES,
  );
  const cards = useLayoutSlice(store, (l) =>
    laneHoldsCards(lane.kind) ? (l.cardsByCell.get(cellKey(lane.id, stage.id)) ?? EMPTY_CARDS) : EMPTY_CARDS,
  );
  const label = `${localized(lane, 'name', lang)} · ${localized(stage, 'name', lang)}`;
  const selected = useStoreValue(selection, (id) =>
    lane.kind === 'touchpoints' && touchpoints.some((tp) => tp.id === id) ? id : null,
  );
  const activeCurve = useStoreValue(curveStore, (id) => (lane.kind === 'emotions' ? id : null));
  if (lane.kind === 'touchpoints') {
    return <TouchpointCell stageId={stage.id} touchpoints={touchpoints} selected={selected} label={label} />;
  }
  if (lane.kind === 'emotions') {
    return <EmotionCell touchpoints={touchpoints} curves={curves} activeCurve={activeCurve} label={label} />;
  }
  return (
    <CardCell laneId={lane.id} stageId={stage.id} kind={lane.kind} cards={cards} label={label}>
      {lane.kind === 'kpis' ? <KpiList touchpoints={touchpoints} /> : null}
    </CardCell>
  );
});
