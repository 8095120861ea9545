import { EigenvalueDecomposition } from 'ml-matrix';
import { correlationOfStandardised, isConstant, pearson, standardise } from './correlation.js';

/** Predictors and outcome per case: rows[i][j] = predictor j of case i (complete cases only). */
export interface DriverInput {
  names: string[];
  rows: number[][];
  outcome: number[];
}

export interface Driver {
  name: string;
  /** Raw relative weight ε_j; the weights sum to R². */
  weight: number;
  /** weight / R² (0 when R² = 0); the shares sum to 1. */
  share: number;
  /** Sign of the standardised regression coefficient (+1 when it is 0). */
  sign: 1 | -1;
  /** Standardised OLS coefficient of the predictor, R⁻¹·r_xy. */
  beta: number;
  /** Pearson r of the predictor with the outcome. */
  correlation: number;
}

export type DriverResult =
  | { ok: true; n: number; r2: number; drivers: Driver[] }
  | {
      ok: false;
      reason: 'too_few_cases' | 'constant_predictor' | 'constant_outcome' | 'singular';
      message: string;
      n: number;
    };

/**
 * Fewest complete cases relative weights accept for k predictors: max(30, 10·k), the common
 * rule of thumb of ten cases per predictor, and never fewer than 30 (below it R² and the
 * weights swing with single customers).
 */
export function minimumDriverCases(predictors: number): number {
  return Math.max(30, 10 * predictors);
}

/** Eigenvalues below this fraction of the largest make the predictors collinear. */
const SINGULAR_RATIO = 1e-10;

function checkShape(input: DriverInput): void {
  const k = input.names.length;
  if (k === 0) throw new RangeError('at least one predictor is needed');
  if (input.outcome.length !== input.rows.length) {
    throw new RangeError(`outcome has ${input.outcome.length} values for ${input.rows.length} rows`);
  }
  input.rows.forEach((row, i) => {
    if (row.length !== k) throw new RangeError(`row ${i} has ${row.length} values for ${k} predictors`);
    for (const v of row) if (!Number.isFinite(v)) throw new RangeError(`row ${i} has a non-finite value`);
  });
  for (const v of input.outcome)
    if (!Number.isFinite(v)) throw new RangeError('outcome has a non-finite value');
}

const column = (rows: readonly number[][], j: number) => rows.map((r) => r[j]!);

/**
 * Johnson's (2000) relative weights (PRODUCT.md "Key drivers"): standardise; R = correlation
 * matrix of the predictors = V Λ Vᵀ; Λ_zx = V Λ^{1/2} Vᵀ relates X to its closest orthogonal
 * counterpart Z; β* = Λ_zx⁻¹ r_xy regresses y on Z; ε_j = Σ_k (Λ_zx)_{jk}² β*_k², Σ ε_j = R².
 *
 * Refuses (ok: false, with n) when n < max(30, 10·predictors), when a predictor or the outcome
 * has no variance, or when the predictors are collinear (smallest eigenvalue of R below 1e-10 of
 * the largest; the message names the predictors involved). Drivers come back in input order.
 */
export function relativeWeights(input: DriverInput): DriverResult {
  checkShape(input);
  const n = input.rows.length;
  const k = input.names.length;
  const needed = minimumDriverCases(k);
  if (n < needed) {
    return {
      ok: false,
      reason: 'too_few_cases',
      n,
      message: `${k} driver${k === 1 ? '' : 's'} need at least ${needed} customers with every score; there are ${n}`,
    };
  }
  const columns = input.names.map((_, j) => column(input.rows, j));
  const flat = input.names.filter((_, j) => isConstant(columns[j]!));
  if (flat.length > 0) {
    return {
      ok: false,
      reason: 'constant_predictor',
      n,
      message: `every customer gave the same score at ${flat.join(', ')}, so it cannot explain anything`,
    };
  }
  if (isConstant(input.outcome)) {
    return { ok: false, reason: 'constant_outcome', n, message: 'every customer has the same outcome' };
  }
  const z = columns.map(standardise);
  const zy = standardise(input.outcome);
  const r = input.names.map((_, i) =>
    input.names.map((_, j) => (i === j ? 1 : correlationOfStandardised(z[i]!, z[j]!))),
  );
  const rxy = z.map((zj) => correlationOfStandardised(zj, zy));

  const evd = new EigenvalueDecomposition(r, { assumeSymmetric: true });
  const lambda = evd.realEigenvalues;
  const v = evd.eigenvectorMatrix.to2DArray();
  const largest = Math.max(...lambda);
  const smallestAt = lambda.indexOf(Math.min(...lambda));
  if (lambda[smallestAt]! < SINGULAR_RATIO * largest) {
    const involved = input.names.filter((_, j) => Math.abs(v[j]![smallestAt]!) > 0.1);
    return {
      ok: false,
      reason: 'singular',
      n,
      message: `the scores at ${involved.join(', ')} move together exactly, so their effects cannot be told apart`,
    };
  }
  // V f(Λ) Vᵀ for f = √λ, 1/√λ and 1/λ
  const spectral = (f: (l: number) => number) =>
    input.names.map((_, i) =>
      input.names.map((_, j) => lambda.reduce((s, l, m) => s + v[i]![m]! * f(l) * v[j]![m]!, 0)),
    );
  const times = (m: number[][], x: number[]) => m.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
  const lambdaZx = spectral(Math.sqrt);
  const betaStar = times(
    spectral((l) => 1 / Math.sqrt(l)),
    rxy,
  );
  const beta = times(
    spectral((l) => 1 / l),
    rxy,
  );
  const weights = lambdaZx.map((row) => row.reduce((s, a, m) => s + a * a * betaStar[m]! ** 2, 0));
  const r2 = weights.reduce((s, w) => s + w, 0);
  return {
    ok: true,
    n,
    r2,
    drivers: input.names.map((name, j) => ({
      name,
      weight: weights[j]!,
      share: r2 > 0 ? weights[j]! / r2 : 0,
      sign: beta[j]! < 0 ? -1 : 1,
      beta: beta[j]!,
      correlation: rxy[j]!,
    })),
  };
}

/**
 * Fallback when relative weights refuse: each predictor's Pearson r with the outcome, with n.
 * A predictor (or an outcome) with no variance has no defined r: it is reported as r = 0 with
 * `constant: true`.
 */
export function correlations(
  input: DriverInput,
): { name: string; r: number; n: number; constant: boolean }[] {
  checkShape(input);
  const n = input.rows.length;
  return input.names.map((name, j) => {
    const r = pearson(column(input.rows, j), input.outcome);
    return { name, r: r ?? 0, n, constant: r === null };
  });
}
