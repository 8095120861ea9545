import { type EventRow, type ResponseRow, rowKey } from '../store/events/event-rows.js';
import type { EventStore } from '../store/events/event-store.js';

/** What changed in one journey since the last notice: new rows per touchpoint. */
export interface JourneyChange {
  journeyId: string;
  at: string;
  events: number;
  responses: number;
  /** New rows per touchpoint id (rows without a touchpoint are counted in the totals only). */
  touchpoints: Record<string, { events: number; responses: number }>;
}

type Listener = (change: JourneyChange) => void;

/**
 * Live updates: the store is observed after every committed append, and each journey's
 * listeners (open dashboards and maps, through server-sent events) get one notice per
 * `debounceMs` with what changed, so they refetch only then. Nothing is computed for
 * workspaces nobody is watching.
 */
export class LiveBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly pending = new Map<string, JourneyChange>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly debounceMs = 250) {}

  subscribe(workspaceId: string, journeyId: string, listener: Listener): () => void {
    const key = `${workspaceId}\u0000${journeyId}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  watching(workspaceId: string): boolean {
    for (const key of this.listeners.keys()) if (key.startsWith(`${workspaceId}\u0000`)) return true;
    return false;
  }

  /** Records committed rows (only those stored now) and schedules the notices. */
  record(kind: 'events' | 'responses', rows: readonly (EventRow | ResponseRow)[]): void {
    for (const row of rows) {
      if (row.journeyId === null) continue;
      const key = `${row.workspaceId}\u0000${row.journeyId}`;
      if (!this.listeners.has(key)) continue;
      let change = this.pending.get(key);
      if (!change) {
        change = { journeyId: row.journeyId, at: '', events: 0, responses: 0, touchpoints: {} };
        this.pending.set(key, change);
      }
      change[kind]++;
      if (row.touchpointId !== null) {
        const tp = change.touchpoints[row.touchpointId] ?? { events: 0, responses: 0 };
        tp[kind]++;
        change.touchpoints[row.touchpointId] = tp;
      }
    }
    if (this.pending.size > 0 && this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.debounceMs);
      this.timer.unref();
    }
  }

  private flush(): void {
    this.timer = null;
    const at = new Date().toISOString();
    for (const [key, change] of this.pending) {
      change.at = at;
      for (const l of this.listeners.get(key) ?? []) l(change);
    }
    this.pending.clear();
  }

  /** The store, with every committed append reported to this bus. */
  observe(store: EventStore): EventStore {
    const stored = (
      kind: 'events' | 'responses',
      rows: readonly (EventRow | ResponseRow)[],
      keys?: string[],
    ) => {
      const first = rows[0];
      if (!first || !this.watching(first.workspaceId)) return;
      if (keys === undefined) return this.record(kind, rows);
      const set = new Set(keys);
      this.record(
        kind,
        rows.filter((r) => set.has(rowKey(r.workspaceId, r.id, r.ts.getTime()))),
      );
    };
    const bulk = store.bulkAppend?.bind(store);
    return {
      // Bulk SQL imports write straight to DuckDB (the CLI and benchmarks): no row-level notices.
      ...(bulk ? { bulkAppend: bulk } : {}),
      appendEvents: async (rows) => {
        await store.appendEvents(rows);
        stored('events', rows);
      },
      appendResponses: async (rows) => {
        await store.appendResponses(rows);
        stored('responses', rows);
      },
      appendNewEvents: async (rows) => {
        const result = await store.appendNewEvents(rows);
        if (result.stored > 0) stored('events', rows, result.storedKeys);
        return result;
      },
      appendNewResponses: async (rows) => {
        const result = await store.appendNewResponses(rows);
        if (result.stored > 0) stored('responses', rows, result.storedKeys);
        return result;
      },
      latestResponses: (...a) => store.latestResponses(...a),
      ingestVolume: (...a) => store.ingestVolume(...a),
      countsByTouchpoint: (...a) => store.countsByTouchpoint(...a),
      hasData: (...a) => store.hasData(...a),
      deleteWorkspace: (...a) => store.deleteWorkspace(...a),
      select: (...a) => store.select(...a),
      close: () => store.close(),
    };
  }
}
