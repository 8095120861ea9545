import { useMemo, useRef } from 'react';
import { byPosition } from '../../../src/domain/journey/positions.js';
import type { Card, JourneyMap, Lane, Stage, Touchpoint } from '../api/types.js';

export interface Curve {
  /** A persona's id, or null for the team's hypothesis (the touchpoints' `emotion`). */
  personaId: string | null;
  color: string;
  label: string;
  values: (number | null)[];
  /** The curve's value at the previous stage's last and the next stage's first touchpoint, to join the stages' lines. */
  before: number | null;
  after: number | null;
}

export interface MapLayout {
  stages: Stage[];
  lanes: Lane[];
  touchpointsByStage: Map<string, Touchpoint[]>;
  cardsByCell: Map<string, Card[]>;
  curvesByStage: Map<string, Curve[]>;
}

export const cellKey = (laneId: string, stageId: string) => `${laneId}|${stageId}`;
const EMPTY: never[] = [];

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Keeps the previous array when its items did not change, so memoised cells skip rendering. */
function stable<T>(previous: Map<string, T[]> | undefined, next: Map<string, T[]>): Map<string, T[]> {
  if (!previous) return next;
  for (const [key, list] of next) {
    const old = previous.get(key);
    if (old && sameItems(old, list)) next.set(key, old);
  }
  return next;
}

function sameCurves(a: Curve[] | undefined, b: Curve[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i]!;
    return (
      c.personaId === d.personaId &&
      c.color === d.color &&
      c.label === d.label &&
      sameItems(c.values, d.values)
    );
  });
}

export function useMapLayout(
  map: JourneyMap,
  teamLabel: string,
  personaLabel: (id: string) => string,
): MapLayout {
  const previous = useRef<MapLayout | undefined>(undefined);
  return useMemo(() => {
    const prevLayout = previous.current;
    const stages = [...map.stages].sort(byPosition);
    const lanes = [...map.lanes].sort(byPosition);

    const touchpointsByStage = new Map<string, Touchpoint[]>();
    for (const s of stages) touchpointsByStage.set(s.id, []);
    for (const tp of map.touchpoints) touchpointsByStage.get(tp.stageId)?.push(tp);
    for (const list of touchpointsByStage.values()) list.sort(byPosition);

    const cardsByCell = new Map<string, Card[]>();
    for (const c of map.cards) {
      const key = cellKey(c.laneId, c.stageId);
      const list = cardsByCell.get(key);
      if (list) list.push(c);
      else cardsByCell.set(key, [c]);
    }
    for (const list of cardsByCell.values()) list.sort(byPosition);

    const byPersona = new Map<string, Map<string, number>>();
    for (const e of map.emotions) {
      let m = byPersona.get(e.personaId);
      if (!m) {
        m = new Map();
        byPersona.set(e.personaId, m);
      }
      m.set(e.touchpointId, e.value);
    }
    const personas = [...map.personas].sort(byPosition);
    const curvesByStage = new Map<string, Curve[]>();
    const curveDefs = [
      { personaId: null as string | null, color: '#3d4451', label: teamLabel },
      ...personas.map((p) => ({
        personaId: p.id as string | null,
        color: p.color,
        label: personaLabel(p.id),
      })),
    ];
    const curveValue = (personaId: string | null, tp: Touchpoint | undefined): number | null =>
      !tp ? null : personaId === null ? tp.emotion : (byPersona.get(personaId)?.get(tp.id) ?? null);
    stages.forEach((s, i) => {
      const tps = touchpointsByStage.get(s.id) ?? EMPTY;
      const prev = stages[i - 1] ? touchpointsByStage.get(stages[i - 1]!.id)?.at(-1) : undefined;
      const next = stages[i + 1] ? touchpointsByStage.get(stages[i + 1]!.id)?.[0] : undefined;
      const curves: Curve[] = curveDefs.map((def) => ({
        ...def,
        values: tps.map((tp) => curveValue(def.personaId, tp)),
        before: curveValue(def.personaId, prev),
        after: curveValue(def.personaId, next),
      }));
      const old = prevLayout?.curvesByStage.get(s.id);
      curvesByStage.set(s.id, old && sameCurves(old, curves) ? old : curves);
    });

    const layout: MapLayout = {
      stages: prevLayout && sameItems(prevLayout.stages, stages) ? prevLayout.stages : stages,
      lanes: prevLayout && sameItems(prevLayout.lanes, lanes) ? prevLayout.lanes : lanes,
      touchpointsByStage: stable(prevLayout?.touchpointsByStage, touchpointsByStage),
      cardsByCell: stable(prevLayout?.cardsByCell, cardsByCell),
      curvesByStage,
    };
    previous.current = layout;
    return layout;
  }, [map, teamLabel, personaLabel]);
}
