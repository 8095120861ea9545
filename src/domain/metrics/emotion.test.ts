import { describe, expect, it } from 'vitest';
import { scoreToEmotion } from './emotion.js';

describe('scoreToEmotion', () => {
  it('NPS −100…100: value/50', () => {
    expect(scoreToEmotion('nps', -100)).toBe(-2);
    expect(scoreToEmotion('nps', 0)).toBe(0);
    expect(scoreToEmotion('nps', 40)).toBeCloseTo(0.8, 12); // −2 + 4·140/200
    expect(scoreToEmotion('nps', 100)).toBe(2);
  });

  it('CSAT mean and a 1–5 rating: value − 3', () => {
    expect(scoreToEmotion('csatMean', 1)).toBe(-2);
    expect(scoreToEmotion('csatMean', 3.8)).toBeCloseTo(0.8, 12); // −2 + 4·2.8/4
    expect(scoreToEmotion('rating5', 5)).toBe(2);
    expect(scoreToEmotion('rating5', 2.5)).toBe(-0.5);
  });

  it('CES mean 1…7: (value − 4)·2/3', () => {
    expect(scoreToEmotion('cesMean', 1)).toBe(-2);
    expect(scoreToEmotion('cesMean', 4)).toBe(0);
    expect(scoreToEmotion('cesMean', 4.875)).toBeCloseTo(0.583333333333, 12); // −2 + 4·3.875/6
    expect(scoreToEmotion('cesMean', 7)).toBe(2);
  });

  it('clamps values off the scale and rejects non-numbers', () => {
    expect(scoreToEmotion('csatMean', 0)).toBe(-2);
    expect(scoreToEmotion('nps', 120)).toBe(2);
    expect(() => scoreToEmotion('nps', Number.NaN)).toThrow(RangeError);
  });
});
