import { describe, expect, it } from 'vitest';
import type { Stage, Touchpoint } from '../journey/journey.schema.js';
import { designedOrder, designedPairs, stageMove } from './designed-order.js';
import { funnelSteps } from './funnel-steps.js';
import { sankey } from './sankey.js';
import { isWaitingPhase } from './waiting-rule.js';

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

describe('funnelSteps', () => {
  it('step and overall conversion and drop-off', () => {
    expect(funnelSteps([8, 6, 3, 0])).toEqual({
      steps: [
        { customers: 8, stepConversion: null, dropOff: null },
        { customers: 6, stepConversion: 0.75, dropOff: 2 },
        { customers: 3, stepConversion: 0.5, dropOff: 3 },
        { customers: 0, stepConversion: 0, dropOff: 3 },
      ],
      overall: 0,
    });
    expect(funnelSteps([0, 0]).overall).toBeNull();
    expect(funnelSteps([0, 0]).steps[1]?.stepConversion).toBeNull();
    expect(funnelSteps([]).overall).toBeNull();
  });
});

describe('sankey', () => {
  it('sums customers per step node and per link over the paths', () => {
    const s = sankey([
      { touchpointIds: ['a', 'b', 'c'], customers: 3 },
      { touchpointIds: ['a', 'c'], customers: 2 },
      { touchpointIds: ['b'], customers: 1 },
    ]);
    expect(s.nodes).toEqual([
      { id: '0:a', step: 0, touchpointId: 'a', customers: 5 },
      { id: '0:b', step: 0, touchpointId: 'b', customers: 1 },
      { id: '1:b', step: 1, touchpointId: 'b', customers: 3 },
      { id: '1:c', step: 1, touchpointId: 'c', customers: 2 },
      { id: '2:c', step: 2, touchpointId: 'c', customers: 3 },
    ]);
    expect(s.links).toEqual([
      { source: '0:a', target: '1:b', customers: 3 },
      { source: '0:a', target: '1:c', customers: 2 },
      { source: '1:b', target: '2:c', customers: 3 },
    ]);
  });
});

describe('isWaitingPhase', () => {
  const rule = { minHours: 24, minGoOnShare: 0.8, maxMeasuredShare: 0.1, minCustomers: 5 };
  const gap = { customers: 10, goOnShare: 0.9, measuredShare: 0.1, medianHours: 24 };
  it('needs a long median, customers who go on, little measured in between and enough customers', () => {
    expect(isWaitingPhase(gap, rule)).toBe(true);
    expect(isWaitingPhase({ ...gap, medianHours: 23.9 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, goOnShare: 0.79 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, measuredShare: 0.11 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, customers: 4 }, rule)).toBe(false);
    expect(isWaitingPhase({ ...gap, medianHours: null }, rule)).toBe(false);
  });
});
