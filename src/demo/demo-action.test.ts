import { describe, expect, it } from 'vitest';
import { fromMapDocument } from '../domain/journey/map-document.js';
import { demoAction } from './demo-action.js';
import { retailJourneyDocument } from './retail-journey.js';

describe('demoAction', () => {
  it('puts an action under way on the delivery wait, started inside the data period', () => {
    const map = fromMapDocument(retailJourneyDocument(), {
      workspaceId: 'ws_demo',
      now: '2026-01-01T00:00:00.000Z',
      takenKeys: new Set(),
    });
    const a = demoAction(map, 'us_owner', new Date('2026-06-30T21:00:00.000Z'), '2026-06-30T21:00:00.000Z');
    const wait = map.touchpoints.find((t) => t.key === 'delivery-wait');
    expect(a).toMatchObject({ status: 'in_progress', startDate: '2026-05-19', touchpointIds: [wait?.id] });
    expect(a?.targetMetric).toMatchObject({ metric: 'nps', touchpointId: wait?.id });
    expect(a?.painPointIds.length).toBeGreaterThan(0);
  });
});
