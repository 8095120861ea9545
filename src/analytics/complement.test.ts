import { describe, expect, it } from 'vitest';
import { hideComplements } from './complement.js';
import type { Scores } from './scorecards.schema.js';

const nps = (n: number, visible: boolean, value: number | null) => ({
  n,
  visible,
  value,
  interval: visible ? { low: -1, high: 1 } : null,
  promoters: visible ? 1 : null,
  passives: visible ? 1 : null,
  detractors: visible ? 1 : null,
  change: null,
});
const scores = (card: ReturnType<typeof nps> | null): Scores => ({
  responses: card?.n ?? 0,
  nps: card,
  csat: null,
  ces: null,
  dimensions: { cognitive: null, emotional: null, social: null, sensory: null },
  expectationGap: null,
});

describe('hideComplements', () => {
  it('hides a stage whose hidden part is 1 … minimum − 1 answers', () => {
    // Stage 23 answers = shown touchpoint 20 + hidden touchpoint 3: stage − shown would reveal the 3.
    const stage = hideComplements(
      scores(nps(23, true, 10)),
      [scores(nps(20, true, 20)), scores(nps(3, false, null))],
      5,
    );
    expect(stage.nps).toMatchObject({ n: 23, visible: false, value: null, promoters: null });
  });
  it('keeps the stage when the hidden part is itself at least the minimum, or nothing is hidden', () => {
    const enough = hideComplements(
      scores(nps(26, true, 10)),
      [scores(nps(20, true, 20)), scores(nps(3, false, null)), scores(nps(3, false, null))],
      5,
    );
    expect(enough.nps?.visible).toBe(true);
    const all = hideComplements(scores(nps(20, true, 10)), [scores(nps(20, true, 20))], 5);
    expect(all.nps?.value).toBe(10);
  });
});
