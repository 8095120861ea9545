import { useMemo, useRef } from 'react';
import { byPosition } from '../../../src/domain/journey/positions.js';
import type { Card, JourneyMap, Lane, Stage, Touchpoint } from '../api/types.js';

export interface Curve {
  /** A persona's id, or null for the team's hypothesis (the touchpoints' `emotion`). */
  personaId: string | null;
  color: string;
  label: string;
  values: (number | null)[];
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
    const prev = previous.current;
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
    for (const s of stages) {
      const tps = touchpointsByStage.get(s.id) ?? EMPTY;
      const curves: Curve[] = [
        { personaId: null, color: '#3d4451', label: teamLabel, values: tps.map((tp) => tp.emotion) },
        ...personas.map((p) => ({
          personaId: p.id,
          color: p.color,
          label: personaLabel(p.id),
          values: tps.map((tp) => byPersona.get(p.id)?.get(tp.id) ?? null),
        })),
      ];
      const old = prev?.curvesByStage.get(s.id);
      curvesByStage.set(s.id, old && sameCurves(old, curves) ? old : curves);
    }

    const layout: MapLayout = {
      stages: prev && sameItems(prev.stages, stages) ? prev.stages : stages,
      lanes: prev && sameItems(prev.lanes, lanes) ? prev.lanes : lanes,
      touchpointsByStage: stable(prev?.touchpointsByStage, touchpointsByStage),
      cardsByCell: stable(prev?.cardsByCell, cardsByCell),
      curvesByStage,
    };
    previous.current = layout;
    return layout;
  }, [map, teamLabel, personaLabel]);
}

export function emptyList<T>(): T[] {
  return EMPTY;
}
