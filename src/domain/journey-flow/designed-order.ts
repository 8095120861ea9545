import type { JourneyMap, Stage, Touchpoint } from '../journey/journey.schema.js';

/**
 * The designed journey as the map draws it: stages by position, touchpoints by their
 * stage's position and then their own. Ties on a position fall back to the id, so the order
 * is the same on every run. Touchpoints whose stage is not on the map are left out.
 */
export interface DesignedOrder {
  stages: Stage[];
  touchpoints: Touchpoint[];
  /** Stage id → its index in `stages` (0 = first). */
  stageIndex: ReadonlyMap<string, number>;
  /** Touchpoint id → the index of its stage. */
  touchpointStage: ReadonlyMap<string, number>;
}

const byPositionThenId = <T extends { position: number; id: string }>(a: T, b: T): number =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function designedOrder(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): DesignedOrder {
  const stages = [...map.stages].sort(byPositionThenId);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const touchpoints = map.touchpoints
    .filter((t) => stageIndex.has(t.stageId))
    .sort(
      (a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || byPositionThenId(a, b),
    );
  const touchpointStage = new Map(touchpoints.map((t) => [t.id, stageIndex.get(t.stageId) ?? 0]));
  return { stages, touchpoints, stageIndex, touchpointStage };
}

/** Consecutive touchpoints in the designed order, across stage boundaries: [A, B] pairs of ids. */
export function designedPairs(order: DesignedOrder): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 1; i < order.touchpoints.length; i++) {
    const a = order.touchpoints[i - 1];
    const b = order.touchpoints[i];
    if (a && b) pairs.push([a.id, b.id]);
  }
  return pairs;
}

/** How a transition between two touchpoints moves through the stages. */
export type StageMove = 'same' | 'next' | 'skip' | 'back';

/** `skip` jumps over at least one stage (i → j > i + 1); `back` returns to an earlier stage. */
export function stageMove(fromStage: number, toStage: number): StageMove {
  if (toStage === fromStage) return 'same';
  if (toStage === fromStage + 1) return 'next';
  return toStage > fromStage ? 'skip' : 'back';
}
