import type { JourneyMap } from '../domain/journey/journey.schema.js';
import type { Query } from './query.js';

/** What every analysis receives: the query, the journey it is about, and the privacy minimum. */
export interface AnalysisInput {
  query: Query;
  map: JourneyMap;
  /** Values from fewer responses than this are hidden (counts are shown). */
  privacyMinimum: number;
}
