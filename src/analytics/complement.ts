import type { Scores } from './scorecards.schema.js';

const METRICS = ['nps', 'csat', 'ces'] as const;

/**
 * Hides a parent's score (a stage over its touchpoints, the journey over its stages) when
 * the answers outside its shown children number 1 … minimum − 1: otherwise the parent minus
 * the shown children would reveal a hidden child's value by subtraction. Counts stay.
 */
export function hideComplements(parent: Scores, children: readonly Scores[], minimum: number): Scores {
  const exposes = (m: (typeof METRICS)[number]) => {
    const card = parent[m];
    if (!card?.visible) return false;
    const shown = children.reduce((sum, c) => sum + (c[m]?.visible ? c[m].n : 0), 0);
    const rest = card.n - shown;
    return rest > 0 && rest < minimum;
  };
  return {
    ...parent,
    nps: parent.nps && exposes('nps') ? hidden(parent.nps) : parent.nps,
    csat: parent.csat && exposes('csat') ? hidden(parent.csat) : parent.csat,
    ces: parent.ces && exposes('ces') ? hidden(parent.ces) : parent.ces,
  };
}

function hidden<T extends { n: number; visible: boolean; change: unknown }>(card: T): T {
  const copy: Record<string, unknown> = { ...card };
  for (const key of Object.keys(copy)) if (key !== 'n') copy[key] = null;
  copy.visible = false;
  copy.change = null;
  return copy as T;
}
