import type { Failure } from '../result.js';

/** What the checks need to know about the journey and the workspace. */
export interface ActionContext {
  touchpointIds: ReadonlySet<string>;
  /** Card ids in the journey's pain-points lanes. */
  painPointIds: ReadonlySet<string>;
  memberIds: ReadonlySet<string>;
}

interface Checked {
  touchpointIds: readonly string[];
  painPointIds: readonly string[];
  ownerUserId: string | null;
  startDate: string;
  dueDate: string | null;
  doneDate: string | null;
  targetMetric: { touchpointId: string } | null;
}

const bad = (field: string, message: string): Failure => ({ code: 'bad_request', field, message });

/**
 * The first reason an action (as it would be saved) does not fit its journey and workspace, as a
 * 400 naming the field: a touchpoint or pain point not on the map, an owner who is not a member,
 * a due or done date before the start.
 */
export function actionProblem(a: Checked, ctx: ActionContext): Failure | null {
  const tp = a.touchpointIds.findIndex((t) => !ctx.touchpointIds.has(t));
  if (tp >= 0) return bad(`touchpointIds.${tp}`, 'not a touchpoint of this journey');
  const pp = a.painPointIds.findIndex((c) => !ctx.painPointIds.has(c));
  if (pp >= 0) return bad(`painPointIds.${pp}`, 'not a pain point card of this journey');
  if (a.ownerUserId !== null && !ctx.memberIds.has(a.ownerUserId))
    return bad('ownerUserId', 'not a member of this workspace');
  if (a.targetMetric && !ctx.touchpointIds.has(a.targetMetric.touchpointId))
    return bad('targetMetric.touchpointId', 'not a touchpoint of this journey');
  if (a.dueDate !== null && a.dueDate < a.startDate) return bad('dueDate', 'must not be before startDate');
  if (a.doneDate !== null && a.doneDate < a.startDate) return bad('doneDate', 'must not be before startDate');
  return null;
}
