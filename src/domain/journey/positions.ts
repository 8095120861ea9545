/**
 * Fractional positions: moving an item writes only that item, between its new neighbours.
 */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1000;
  if (before === undefined) return (after as number) - 1000;
  if (after === undefined) return before + 1000;
  return (before + after) / 2;
}

/** The position that puts an item at `index` in a list sorted by position (excluding the item). */
export function positionAt(sortedPositions: number[], index: number): number {
  const i = Math.max(0, Math.min(index, sortedPositions.length));
  return positionBetween(sortedPositions[i - 1], sortedPositions[i]);
}

export function byPosition<T extends { position: number }>(a: T, b: T): number {
  return a.position - b.position;
}
