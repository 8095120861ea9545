import { z } from 'zod';

const count = z.number().int();

/** A transition between two touchpoints that moves through the stages other than one at a time. */
export const StageTransition = z.object({
  fromTouchpointId: z.string(),
  toTouchpointId: z.string(),
  fromStageId: z.string(),
  toStageId: z.string(),
  /** Customers who made this transition at least once. */
  customers: count,
  /** Times it was made. */
  transitions: count,
});
export type StageTransition = z.infer<typeof StageTransition>;

const TransitionGroup = z.object({
  /** Customers with at least one such transition. */
  customers: count,
  /** The most common ones (by customers), at most 50. */
  transitions: z.array(StageTransition),
});

/** Where the data departs from the designed map; every item says how many customers it concerns. */
export const PathDifferences = z.object({
  /**
   * In the data, not on the map: event keys that matched no touchpoint (`unknown-key`), and
   * touchpoints the journey's events were recorded at that are no longer on its map
   * (`not-on-journey`, e.g. deleted or moved to another journey).
   */
  unmapped: z.array(
    z.object({
      key: z.string().nullable(),
      touchpointId: z.string().nullable(),
      reason: z.enum(['unknown-key', 'not-on-journey']),
      customers: count,
      events: count,
    }),
  ),
  /** On the map, but no event or response reaches them in the period. */
  unreached: z.array(z.object({ touchpointId: z.string(), key: z.string(), stageId: z.string() })),
  /** Reached by events but with no response in the period: nobody measures them. */
  unmeasured: z.array(
    z.object({
      touchpointId: z.string(),
      key: z.string(),
      stageId: z.string(),
      customers: count,
      events: count,
    }),
  ),
  /** Transitions from stage i to stage j > i + 1. */
  skips: TransitionGroup,
  /** Transitions to an earlier stage. */
  backwards: TransitionGroup,
});
export type PathDifferences = z.infer<typeof PathDifferences>;
