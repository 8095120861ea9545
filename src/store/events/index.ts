export {
  Audience,
  EventRow,
  EventSource,
  ResponseLevel,
  ResponseRow,
  ResponseSource,
} from './event-rows.js';
export type { EventStore, EventStoreOptions, TouchpointCounts } from './event-store.js';
export { openEventStore } from './event-store.js';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.js';
