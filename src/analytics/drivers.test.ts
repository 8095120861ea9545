import { describe, expect, it } from 'vitest';
import { smallJourney, touchpointOf } from '../../test/support/analytics-fixture.js';
import { type CustomerScore, driversFromRows } from './drivers.js';

const map = smallJourney();
const checkout = touchpointOf(map, 'checkout');

/** 35 customers with a checkout score and a relationship NPS that follows it. */
const rows: CustomerScore[] = Array.from({ length: 35 }, (_, i) => ({
  customer: `c${i}`,
  touchpoint: checkout.id,
  score: (i % 11) / 10,
  outcome: i % 11,
}));

describe('driversFromRows', () => {
  it('uses 35 complete cases when the privacy minimum is below the 30 the weights need', () => {
    const r = driversFromRows(rows, { map, privacyMinimum: 5 }, 'nps');
    expect(r.n).toBe(35);
    expect(r.refusal).toBeNull();
    expect(r.drivers.map((d) => d.touchpointId)).toEqual([checkout.id]);
  });

  it('refuses, showing no performance, when the complete cases are fewer than a privacy minimum above 30', () => {
    const r = driversFromRows(rows, { map, privacyMinimum: 40 }, 'nps');
    expect(r).toEqual({
      outcome: 'nps',
      n: 35,
      r2: null,
      method: 'none',
      drivers: [],
      refusal:
        'Not enough data: key drivers need at least 40 customers who answered both a touchpoint survey and the relationship NPS survey; the best-covered touchpoint has 35.',
    });
  });
});
