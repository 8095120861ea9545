/**
 * Whether a day's count is out of its normal range, judged against the same weekday of
 * earlier weeks: the range is mean ± max(3·s, 3·√mean), where s is the sample standard
 * deviation of those days and √mean the spread a Poisson count would have (so a very steady
 * history does not make every small wobble an alert).
 */
export interface VolumeVerdict {
  expected: number;
  low: number;
  high: number;
  direction: 'drop' | 'spike' | null;
}

export function volumeVerdict(count: number, history: readonly number[]): VolumeVerdict | null {
  if (history.length < 2) return null;
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const variance = history.reduce((a, b) => a + (b - mean) ** 2, 0) / (history.length - 1);
  const spread = Math.max(3 * Math.sqrt(variance), 3 * Math.sqrt(mean));
  const low = Math.max(0, mean - spread);
  const high = mean + spread;
  const direction = count < low ? 'drop' : count > high ? 'spike' : null;
  return { expected: mean, low, high, direction };
}
