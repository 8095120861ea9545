/**
 * At most `perMinute` events in any 60-second window (a sliding window over the times of
 * the last events). Time comes from the caller, so tests can drive it.
 */
export class RateWindow {
  private readonly times: number[] = [];

  constructor(readonly perMinute: number) {}

  /** How many more may happen at `now`. */
  available(now: number): number {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - 60_000) this.times.shift();
    return Math.max(0, this.perMinute - this.times.length);
  }

  record(now: number): void {
    this.times.push(now);
  }
}
