import { describe, expect, it } from 'vitest';
import { sankey } from './sankey.js';

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
