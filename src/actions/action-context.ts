import type { ActionContext } from '../domain/actions/action-checks.js';
import type { JourneyMap } from '../domain/journey/journey.schema.js';
import { listMembers } from '../store/meta/accounts.repository.js';
import type { MetaDb } from '../store/meta/db.js';

/** The pain points of a map: cards in its pain-points lanes. */
export function painPointCards(map: JourneyMap) {
  const lanes = new Set(map.lanes.filter((l) => l.kind === 'pain_points').map((l) => l.id));
  return map.cards.filter((c) => lanes.has(c.laneId));
}

/** What an action is checked against: the journey's touchpoints and pain points, the workspace's members. */
export async function actionContext(
  db: MetaDb,
  workspaceId: string,
  map: JourneyMap,
): Promise<ActionContext> {
  const members = await listMembers(db, workspaceId);
  return {
    touchpointIds: new Set(map.touchpoints.map((t) => t.id)),
    painPointIds: new Set(painPointCards(map).map((c) => c.id)),
    memberIds: new Set(members.map((m) => m.userId)),
  };
}
