/**
 * Guards for inputs that only a bug can make wrong (counts come from SQL aggregates):
 * they throw a RangeError naming the argument rather than return a quietly wrong statistic.
 */
export function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

export function assertPart(name: string, part: number, n: number): void {
  assertCount(name, part);
  if (part > n) throw new RangeError(`${name} (${part}) cannot exceed n (${n})`);
}

export function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
}
