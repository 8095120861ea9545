import { describe, expect, it } from 'vitest';
import type { Stage, Touchpoint } from '../journey/journey.schema.js';
import { designedOrder, designedPairs, stageMove } from './designed-order.js';

const stage = (id: string, position: number) => ({ id, position }) as Stage;
const tp = (id: string, stageId: string, position: number) => ({ id, stageId, position }) as Touchpoint;

describe('designedOrder', () => {
  const order = designedOrder({
    stages: [stage('s_b', 2000), stage('s_a', 1000)],
    touchpoints: [tp('t3', 's_b', 500), tp('t2', 's_a', 3000), tp('t1', 's_a', 1000), tp('t0', 's_gone', 1)],
  });

  it('sorts stages by position and touchpoints by stage, then position; drops touchpoints of no stage', () => {
    expect(order.stages.map((s) => s.id)).toEqual(['s_a', 's_b']);
    expect(order.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect([...order.touchpointStage]).toEqual([
      ['t1', 0],
      ['t2', 0],
      ['t3', 1],
    ]);
    expect(designedPairs(order)).toEqual([
      ['t1', 't2'],
      ['t2', 't3'],
    ]);
  });

  it('classifies stage moves', () => {
    expect([stageMove(1, 1), stageMove(1, 2), stageMove(1, 3), stageMove(2, 1)]).toEqual([
      'same',
      'next',
      'skip',
      'back',
    ]);
  });
});
