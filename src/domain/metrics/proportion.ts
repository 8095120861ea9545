import { assertCount, assertPart } from './checks.js';
import { ALPHA, normalTwoSidedP, Z95 } from './distributions.js';
import type { Interval } from './interval.js';

/**
 * Wilson score interval for successes/n, as proportions 0…1:
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Null when n = 0.
 */
export function wilson(successes: number, n: number, z: number = Z95): Interval | null {
  assertCount('n', n);
  assertPart('successes', successes, n);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Pooled two-proportion z test, two-sided, α = 0.05: p̂ = (x₁ + x₂)/(n₁ + n₂),
 * z = (x₁/n₁ − x₂/n₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), p = 2·(1 − Φ(|z|)).
 * z is positive when the first proportion is the higher. Null when either n is 0 or the pooled
 * proportion is 0 or 1 (no variance: both groups all successes or all failures).
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { z: number; p: number; significant: boolean } | null {
  assertCount('n1', n1);
  assertCount('n2', n2);
  assertPart('x1', x1, n1);
  assertPart('x2', x2, n2);
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return null;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = (x1 / n1 - x2 / n2) / se;
  const p = normalTwoSidedP(z);
  return { z, p, significant: p < ALPHA };
}
