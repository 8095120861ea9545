import { fail, ok, type Result } from '../domain/result.js';
import type { EventStore, StoredResponse } from '../store/events/event-store.js';
import type { MetaDb } from '../store/meta/db.js';
import { getEntity, getJourney } from '../store/meta/journeys.repository.js';

/** How many of the newest responses the touchpoint panel shows. */
export const LATEST_RESPONSES = 10;

/** A response as the touchpoint panel shows it: scores, comment and context, no customer id. */
export type LatestResponse = Omit<StoredResponse, 'answers'>;

export interface TouchpointData {
  touchpointId: string;
  /** Events stored for the touchpoint. */
  events: number;
  /** Survey responses stored for the touchpoint (customers and employees). */
  responses: number;
  /** The newest responses, newest first. */
  latest: LatestResponse[];
}

/** Counts and the newest responses of one touchpoint of a journey in a workspace. */
export async function touchpointData(
  db: MetaDb,
  events: EventStore,
  workspaceId: string,
  journeyId: string,
  touchpointId: string,
): Promise<Result<TouchpointData>> {
  const journey = await getJourney(db, workspaceId, journeyId);
  if (!journey) return fail('not_found', 'journey not found');
  const tp = await getEntity(db, 'touchpoints', journeyId, touchpointId);
  if (!tp) return fail('not_found', 'touchpoint not found');
  const [counts, latest] = await Promise.all([
    events.countsByTouchpoint(workspaceId, journeyId),
    events.latestResponses(workspaceId, touchpointId, LATEST_RESPONSES),
  ]);
  const mine = counts.find((c) => c.touchpointId === touchpointId);
  return ok({
    touchpointId,
    events: mine?.events ?? 0,
    responses: mine?.responses ?? 0,
    latest: latest.map(({ answers: _answers, ...r }) => r),
  });
}
