/**
 * Marks each period whose value differs significantly from the previous period's, by the
 * caller's test (npsDifference, twoProportionTest, welchTest …). The first period has nothing
 * to differ from and is never marked. `differs` sees neighbours in the given order: (prev, cur).
 */
export function markSignificantChanges<T>(
  points: readonly T[],
  differs: (prev: T, cur: T) => boolean,
): (T & { significantChange: boolean })[] {
  return points.map((point, i) => ({
    ...point,
    significantChange: i > 0 && differs(points[i - 1]!, point),
  }));
}
