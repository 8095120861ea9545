import type { ImprovementAction } from '../domain/actions/action.schema.js';
import { newId } from '../domain/journey/ids.js';
import type { JourneyMap } from '../domain/journey/journey.schema.js';

const DAY = 86_400_000;

/**
 * The demo's improvement action on the delivery wait: proactive delay messages, started six weeks
 * before the end of the data (so its impact view has a before and an after), due a month after.
 * The generator has no change at that date, so its honest impact is "no significant change".
 */
export function demoAction(
  map: JourneyMap,
  ownerId: string,
  end: Date,
  now: string,
): ImprovementAction | null {
  const wait = map.touchpoints.find((t) => t.key.startsWith('delivery-wait'));
  if (!wait) return null;
  const painLanes = new Set(map.lanes.filter((l) => l.kind === 'pain_points').map((l) => l.id));
  const pain = map.cards
    .filter((c) => painLanes.has(c.laneId) && c.touchpointId === wait.id)
    .map((c) => c.id);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    id: newId('ac'),
    workspaceId: map.journey.workspaceId,
    journeyId: map.journey.id,
    title: 'Proactive delay messages and a working tracking link',
    description:
      'Send an SMS when a delivery slips past its promised date, and fix the tracking link that shows no data for one order in eight.',
    touchpointIds: [wait.id],
    painPointIds: pain,
    themes: ['delivery', 'tracking'],
    ownerUserId: ownerId,
    ownerTeam: wait.ownerTeam,
    status: 'in_progress',
    startDate: day(end.getTime() - 42 * DAY),
    dueDate: day(end.getTime() + 30 * DAY),
    doneDate: null,
    targetMetric: { metric: 'nps', touchpointId: wait.id, target: 0 },
    createdBy: ownerId,
    updatedBy: ownerId,
    createdAt: now,
    updatedAt: now,
  };
}
