import { visible } from './privacy.js';

export type TargetStatus = 'met' | 'missed' | 'not_enough_data' | 'no_target';

/**
 * Fewest answers (or customers, for a behaviour KPI) before a value is judged against its target.
 * Below it the 95 % interval of a survey score is too wide to call a miss (an NPS from 29 answers
 * can be ±35 points), so the card says "not enough data" instead of a coin-flip verdict.
 */
export const TARGET_MINIMUM_N = 30;

/**
 * Target status of a KPI value:
 * - `no_target` when the KPI has no target (whatever the data);
 * - `not_enough_data` when there is no value, or n is below the privacy minimum (the value is
 *   hidden) or below `sampleMinimum` (default TARGET_MINIMUM_N = 30);
 * - otherwise `met`/`missed` by the point estimate: met when value ≥ target for direction
 *   'higher', value ≤ target for 'lower' (equal counts as met, to 1e-9 against rounding).
 */
export function targetStatus(
  value: number | null,
  target: number | null,
  direction: 'higher' | 'lower',
  n: number,
  minimum: number,
  sampleMinimum: number = TARGET_MINIMUM_N,
): TargetStatus {
  if (target === null) return 'no_target';
  if (value === null || !Number.isFinite(value) || !visible(n, minimum) || n < sampleMinimum) {
    return 'not_enough_data';
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  const met = direction === 'higher' ? value >= target - tolerance : value <= target + tolerance;
  return met ? 'met' : 'missed';
}
