/**
 * When a gap between two touchpoints is a *waiting phase* (a forgotten stage).
 *
 * A gap A → B is measured per customer from the first event at A since the customer's
 * previous event at B to the next event at B. It is a waiting phase when all of these hold:
 * - it is long: the median gap is at least `minHours`;
 * - the customer is waiting, not deciding: at least `minGoOnShare` of the customers with an
 *   event at A go on to B (after an ad most people never buy; after an order almost everyone
 *   receives the goods);
 * - nothing is measured in between: at most `maxMeasuredShare` of the gaps hold a survey
 *   response the customer gave at some other touchpoint between A and B (a response at A or
 *   B rates that touchpoint, not the time in between);
 * - enough customers make it: at least `minCustomers` (the privacy minimum), or the median
 *   is not shown at all.
 */
export interface WaitingRule {
  minHours: number;
  minGoOnShare: number;
  maxMeasuredShare: number;
  minCustomers: number;
}

export const DEFAULT_WAITING_RULE: Omit<WaitingRule, 'minCustomers'> = {
  minHours: 24,
  minGoOnShare: 0.8,
  maxMeasuredShare: 0.1,
};

export interface GapStats {
  /** Customers who went from A to B at least once. */
  customers: number;
  /** Share of the customers with an event at A who went on to B, 0…1. */
  goOnShare: number | null;
  /** Share of the gaps with a response at another touchpoint inside them, 0…1. */
  measuredShare: number | null;
  medianHours: number | null;
}

export function isWaitingPhase(g: GapStats, rule: WaitingRule): boolean {
  return (
    g.customers >= rule.minCustomers &&
    g.customers > 0 &&
    g.medianHours !== null &&
    g.medianHours >= rule.minHours &&
    g.goOnShare !== null &&
    g.goOnShare >= rule.minGoOnShare &&
    g.measuredShare !== null &&
    g.measuredShare <= rule.maxMeasuredShare
  );
}
