import jStat from 'jstat';

/** z for a two-sided 95 % interval or test (PRODUCT.md: z = 1.96). */
export const Z95 = 1.96;
/** Significance level of every two-sided test. */
export const ALPHA = 0.05;

/** P(Z ≤ z) for the standard normal. */
export function normalCdf(z: number): number {
  return jStat.normal.cdf(z, 0, 1);
}

/** Two-sided p-value of a standard-normal statistic: 2·(1 − Φ(|z|)). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Two-sided p-value of a Student-t statistic with df degrees of freedom: 2·(1 − T_df(|t|)). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  return Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(t), df));
}

/** Quantiles already computed: a trend of thousands of points asks for the same few again and again. */
const tQuantiles = new Map<string, number>();

/**
 * The p-quantile of Student's t with df degrees of freedom, e.g. (0.975, 9) → 2.262157163.
 * jStat's inverse is good to about 1e-8; two Newton steps on its (far more exact) CDF polish it.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  const key = `${p}:${df}`;
  const known = tQuantiles.get(key);
  if (known !== undefined) return known;
  const x = refinedTQuantile(p, df);
  if (tQuantiles.size > 10_000) tQuantiles.clear();
  tQuantiles.set(key, x);
  return x;
}

function refinedTQuantile(p: number, df: number): number {
  let x = jStat.studentt.inv(p, df);
  for (let i = 0; i < 2; i++) {
    const density = jStat.studentt.pdf(x, df);
    if (!(density > 0)) break;
    x -= (jStat.studentt.cdf(x, df) - p) / density;
  }
  return x;
}
