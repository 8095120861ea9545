/**
 * Sankey data for the most common paths: a node is a touchpoint at a step (0 = first), a link
 * joins consecutive steps of a path; both carry the number of customers whose path passes
 * through them (summed over the given paths only).
 */
export interface PathCount {
  touchpointIds: readonly string[];
  customers: number;
}

export interface SankeyNode {
  /** `step:touchpointId`, e.g. `0:tp_ad`. */
  id: string;
  step: number;
  touchpointId: string;
  customers: number;
}

export interface SankeyLink {
  source: string;
  target: string;
  customers: number;
}

export const sankeyNodeId = (step: number, touchpointId: string): string => `${step}:${touchpointId}`;

export function sankey(paths: readonly PathCount[]): { nodes: SankeyNode[]; links: SankeyLink[] } {
  const nodes = new Map<string, SankeyNode>();
  const links = new Map<string, SankeyLink>();
  for (const p of paths) {
    p.touchpointIds.forEach((tp, step) => {
      const id = sankeyNodeId(step, tp);
      const node = nodes.get(id) ?? { id, step, touchpointId: tp, customers: 0 };
      node.customers += p.customers;
      nodes.set(id, node);
      if (step === 0) return;
      const source = sankeyNodeId(step - 1, p.touchpointIds[step - 1] as string);
      const key = `${source}>${id}`;
      const link = links.get(key) ?? { source, target: id, customers: 0 };
      link.customers += p.customers;
      links.set(key, link);
    });
  }
  const stepOf = (id: string) => Number(id.slice(0, id.indexOf(':')));
  const byCount = (a: { customers: number }, b: { customers: number }) => b.customers - a.customers;
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((a, b) => a.step - b.step || byCount(a, b) || byId(a.id, b.id)),
    links: [...links.values()].sort(
      (a, b) =>
        stepOf(a.source) - stepOf(b.source) ||
        byCount(a, b) ||
        byId(a.source, b.source) ||
        byId(a.target, b.target),
    ),
  };
}
