/**
 * Funnel arithmetic (PRODUCT.md): step conversion = N(k)/N(k−1), overall = N(last)/N(first),
 * drop-off = N(k−1) − N(k). Conversions are fractions 0…1, null where the base is zero.
 */
export interface FunnelCounts {
  customers: number;
  stepConversion: number | null;
  dropOff: number | null;
}

export function funnelSteps(counts: readonly number[]): { steps: FunnelCounts[]; overall: number | null } {
  const steps = counts.map((n, k) => {
    if (k === 0) return { customers: n, stepConversion: null, dropOff: null };
    const before = counts[k - 1] ?? 0;
    return { customers: n, stepConversion: before > 0 ? n / before : null, dropOff: before - n };
  });
  const first = counts[0] ?? 0;
  const last = counts[counts.length - 1] ?? 0;
  return { steps, overall: counts.length > 0 && first > 0 ? last / first : null };
}
