/** Mean and sample standard deviation (divisor n − 1) of a column; two passes for accuracy. */
export function meanAndSd(xs: readonly number[]): { mean: number; sd: number } {
  const n = xs.length;
  if (n === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean, sd: 0 };
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / (n - 1)) };
}

/** True when every value equals the first (no variance at all); also for fewer than 2 values. */
export function isConstant(xs: readonly number[]): boolean {
  return xs.length < 2 || xs.every((x) => x === xs[0]);
}

/** z-scores (x − mean)/sd; the caller makes sure the column is not constant. */
export function standardise(xs: readonly number[]): number[] {
  const { mean, sd } = meanAndSd(xs);
  return xs.map((x) => (x - mean) / sd);
}

/** Pearson r of two standardised columns: Σ zx·zy/(n − 1), kept within −1…1 against rounding. */
export function correlationOfStandardised(zx: readonly number[], zy: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < zx.length; i++) s += zx[i]! * zy[i]!;
  return Math.max(-1, Math.min(1, s / (zx.length - 1)));
}

/** Pearson correlation of two equally long columns; null when either has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length)
    throw new RangeError(`columns differ in length: ${xs.length} and ${ys.length}`);
  if (isConstant(xs) || isConstant(ys)) return null;
  return correlationOfStandardised(standardise(xs), standardise(ys));
}
