/**
 * Privacy threshold (PRODUCT.md): a value computed from n answers is shown only when
 * n ≥ minimum; its count always is. A value from no answers at all is never shown, whatever
 * the minimum (a minimum below 1 acts as 1).
 */
export function visible(n: number, minimum: number): boolean {
  return n >= Math.max(1, minimum);
}

/** The value when visible(n, minimum), else null. Apply it to values only, never to counts. */
export function hideBelow<T>(value: T, n: number, minimum: number): T | null {
  return visible(n, minimum) ? value : null;
}
