import { EMOTION_HEIGHT } from './vocab.js';

export const MID = EMOTION_HEIGHT / 2;
const UNIT = (EMOTION_HEIGHT / 2 - 12) / 2;

/** The y coordinate of an emotion value (−2…+2) in the emotion lane. */
export const yFor = (value: number): number => MID - value * UNIT;

/** The value at a y coordinate, rounded to the nearest 0.5. */
export function valueFor(y: number): number {
  const raw = (MID - y) / UNIT;
  return Math.max(-2, Math.min(2, Math.round(raw * 2) / 2));
}
