export type EmotionMetric = 'nps' | 'csatMean' | 'cesMean' | 'rating5';

/** Scale ends of each measured score, mapped linearly onto the emotion scale −2…+2. */
export const EMOTION_SCALES: Readonly<Record<EmotionMetric, { min: number; max: number }>> = {
  nps: { min: -100, max: 100 },
  csatMean: { min: 1, max: 5 },
  cesMean: { min: 1, max: 7 },
  rating5: { min: 1, max: 5 },
};

/**
 * A measured score scaled linearly to the emotion scale −2…+2 (the hypothesis curve's scale):
 * −2 + 4·(value − min)/(max − min). NPS 0 → 0, CSAT mean 3 → 0, CES mean 4 → 0; values
 * outside the scale are clamped to its ends.
 */
export function scoreToEmotion(metric: EmotionMetric, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${metric} value must be a finite number, got ${value}`);
  const { min, max } = EMOTION_SCALES[metric];
  const clamped = Math.min(max, Math.max(min, value));
  return -2 + (4 * (clamped - min)) / (max - min);
}
