/**
 * The p-quantile of ascending-sorted values by linear interpolation between closest ranks,
 * the same as DuckDB's quantile_cont (and R type 7): h = p·(n − 1),
 * q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]). Null for no values; p must be within 0…1.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within 0…1, got ${p}`);
  if (sorted.length === 0) return null;
  const h = p * (sorted.length - 1);
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return lo === hi ? a : a + (h - lo) * (b - a);
}
