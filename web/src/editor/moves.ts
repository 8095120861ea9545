import { byPosition, positionAt } from '../../../src/domain/journey/positions.js';
import type { EditorController } from './editor-controller.js';

/** Moves a touchpoint to `index` among the touchpoints of `stageId` (not counting itself). */
export function moveTouchpoint(
  c: EditorController,
  id: string,
  stageId: string,
  index: number,
): Promise<boolean> {
  const map = c.map;
  const tp = map?.touchpoints.find((t) => t.id === id);
  if (!map || !tp) return Promise.resolve(false);
  const others = map.touchpoints
    .filter((t) => t.stageId === stageId && t.id !== id)
    .sort(byPosition)
    .map((t) => t.position);
  const position = positionAt(others, index);
  const fields: Record<string, unknown> = { position };
  if (stageId !== tp.stageId) fields.stageId = stageId;
  return c.patch('touchpoints', id, fields, { label: 'move' });
}

export function moveCard(
  c: EditorController,
  id: string,
  laneId: string,
  stageId: string,
  index: number,
): Promise<boolean> {
  const map = c.map;
  const card = map?.cards.find((x) => x.id === id);
  if (!map || !card) return Promise.resolve(false);
  const others = map.cards
    .filter((x) => x.laneId === laneId && x.stageId === stageId && x.id !== id)
    .sort(byPosition)
    .map((x) => x.position);
  const fields: Record<string, unknown> = { position: positionAt(others, index) };
  if (stageId !== card.stageId) fields.stageId = stageId;
  if (laneId !== card.laneId) fields.laneId = laneId;
  return c.patch('cards', id, fields, { label: 'move' });
}

export function moveStage(c: EditorController, id: string, index: number): Promise<boolean> {
  const map = c.map;
  if (!map) return Promise.resolve(false);
  const others = map.stages
    .filter((s) => s.id !== id)
    .sort(byPosition)
    .map((s) => s.position);
  return c.patch('stages', id, { position: positionAt(others, index) }, { label: 'move' });
}

export function moveLane(c: EditorController, id: string, index: number): Promise<boolean> {
  const map = c.map;
  if (!map) return Promise.resolve(false);
  const others = map.lanes
    .filter((l) => l.id !== id)
    .sort(byPosition)
    .map((l) => l.position);
  return c.patch('lanes', id, { position: positionAt(others, index) }, { label: 'move' });
}

/** Alt+arrow on a touchpoint: one slot earlier/later, crossing into the neighbouring stage at the ends. */
export function stepTouchpoint(c: EditorController, id: string, direction: -1 | 1): Promise<boolean> {
  const map = c.map;
  const tp = map?.touchpoints.find((t) => t.id === id);
  if (!map || !tp) return Promise.resolve(false);
  const stages = [...map.stages].sort(byPosition);
  const inStage = map.touchpoints.filter((t) => t.stageId === tp.stageId).sort(byPosition);
  const index = inStage.findIndex((t) => t.id === id);
  const target = index + direction;
  if (target >= 0 && target < inStage.length) return moveTouchpoint(c, id, tp.stageId, target);
  const stageIndex = stages.findIndex((s) => s.id === tp.stageId);
  const next = stages[stageIndex + direction];
  if (!next) return Promise.resolve(false);
  const count = map.touchpoints.filter((t) => t.stageId === next.id).length;
  return moveTouchpoint(c, id, next.id, direction === 1 ? 0 : count);
}

export function stepCard(
  c: EditorController,
  id: string,
  key: 'up' | 'down' | 'left' | 'right',
): Promise<boolean> {
  const map = c.map;
  const card = map?.cards.find((x) => x.id === id);
  if (!map || !card) return Promise.resolve(false);
  if (key === 'up' || key === 'down') {
    const cell = map.cards
      .filter((x) => x.laneId === card.laneId && x.stageId === card.stageId)
      .sort(byPosition);
    const index = cell.findIndex((x) => x.id === id) + (key === 'up' ? -1 : 1);
    if (index < 0 || index >= cell.length) return Promise.resolve(false);
    return moveCard(c, id, card.laneId, card.stageId, index);
  }
  const stages = [...map.stages].sort(byPosition);
  const next = stages[stages.findIndex((s) => s.id === card.stageId) + (key === 'left' ? -1 : 1)];
  if (!next) return Promise.resolve(false);
  const count = map.cards.filter((x) => x.laneId === card.laneId && x.stageId === next.id).length;
  return moveCard(c, id, card.laneId, next.id, count);
}

export function stepStage(c: EditorController, id: string, direction: -1 | 1): Promise<boolean> {
  const map = c.map;
  if (!map) return Promise.resolve(false);
  const stages = [...map.stages].sort(byPosition);
  const index = stages.findIndex((s) => s.id === id) + direction;
  if (index < 0 || index >= stages.length) return Promise.resolve(false);
  return moveStage(c, id, index);
}

export function stepLane(c: EditorController, id: string, direction: -1 | 1): Promise<boolean> {
  const map = c.map;
  if (!map) return Promise.resolve(false);
  const lanes = [...map.lanes].sort(byPosition);
  const index = lanes.findIndex((l) => l.id === id) + direction;
  if (index < 0 || index >= lanes.length) return Promise.resolve(false);
  return moveLane(c, id, index);
}
