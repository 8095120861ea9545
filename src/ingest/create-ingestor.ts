import type { EventRow, ResponseRow } from '../store/events/event-rows.js';
import type { EventStore } from '../store/events/event-store.js';
import type { MetaDb } from '../store/meta/db.js';
import {
  insertRejections,
  pruneRejections,
  type RejectionRecord,
} from '../store/meta/ingest-rejections.repository.js';
import { GroupCommit } from './group-commit.js';
import type { Ingestor } from './ingestor.js';
import type { IngestResult, Rejection } from './inputs.js';
import { rejectedPayload, rejection, type Step, toEventRow, toResponseRow } from './steps.js';
import { loadWorkspaceView, type WorkspaceView } from './workspace-view.js';

export interface IngestorDeps {
  db: MetaDb;
  events: EventStore;
  /** Current time in ms (tests pass a fixed clock). */
  now?: () => number;
  /** How long a workspace's touchpoints, rules and settings are cached. Default 2 s. */
  cacheMs?: number;
}

/** The workspace is gone (deleted while a client still had its key). */
export class UnknownWorkspaceError extends Error {}

/**
 * An event whose touchpoint key is on no map of the workspace is kept (part of "the journey
 * customers really take": touchpoints the map forgot) but the sender hears about it, since
 * it is often a typo.
 */
function unmappedWarning(row: unknown): { field: string; reason: string } | undefined {
  const r = row as { touchpointKey?: string | null; touchpointId?: string | null };
  if (r.touchpointKey && r.touchpointId === null)
    return {
      field: 'touchpoint',
      reason: `no touchpoint with key "${r.touchpointKey}" on the workspace's maps: stored unmapped`,
    };
  return undefined;
}

/** Rejections recorded per call, at most: a flood of bad events must not flood SQLite. */
const RECORDED_PER_CALL = 50;

/** Builds the ingest pipeline over the two stores. */
export function createIngestor(deps: IngestorDeps): Ingestor {
  const now = deps.now ?? Date.now;
  const cacheMs = deps.cacheMs ?? 2000;
  const views = new Map<string, { at: number; view: Promise<WorkspaceView> }>();
  const events = new GroupCommit<EventRow>((rows) => deps.events.appendNewEvents(rows));
  const responses = new GroupCommit<ResponseRow>((rows) => deps.events.appendNewResponses(rows));
  /** Rejections recorded per workspace since its last prune. */
  const recorded = new Map<string, number>();

  function view(workspaceId: string): Promise<WorkspaceView> {
    const cached = views.get(workspaceId);
    const t = now();
    if (cached && t - cached.at < cacheMs) return cached.view;
    const previous = cached?.view;
    const loading = loadWorkspaceView(deps.db, workspaceId).then(async (v) => {
      // Pseudonyms stay valid while the key is the same: carry them over.
      const old = await previous?.catch(() => undefined);
      if (old && old.pseudonymKey === v.pseudonymKey) v.pseudonyms = old.pseudonyms;
      return v;
    });
    views.set(workspaceId, { at: t, view: loading });
    loading.catch(() => views.delete(workspaceId));
    return loading;
  }

  function prepare<R>(
    inputs: readonly unknown[],
    convert: (input: unknown) => Step<R>,
  ): { rows: R[]; rejected: Rejection[]; warnings: Rejection[] } {
    const rows: R[] = [];
    const rejected: Rejection[] = [];
    const warnings: Rejection[] = [];
    inputs.forEach((input, index) => {
      const step = convert(input);
      if (!step.ok) {
        rejected.push(rejection(index, step));
        return;
      }
      rows.push(step.value);
      const w = unmappedWarning(step.value);
      if (w) warnings.push({ index, ...w });
    });
    return { rows, rejected, warnings };
  }

  async function record(
    workspaceId: string,
    source: string,
    inputs: readonly unknown[],
    rejected: Rejection[],
    positions: readonly number[] | undefined,
  ) {
    if (rejected.length === 0) return;
    const at = new Date(now()).toISOString();
    const records: RejectionRecord[] = rejected.slice(0, RECORDED_PER_CALL).map((r) => ({
      at,
      source,
      position: positions?.[r.index] ?? r.index,
      field: r.field,
      reason: r.reason,
      payload: rejectedPayload(inputs[r.index]),
    }));
    await insertRejections(deps.db, workspaceId, records);
    const since = (recorded.get(workspaceId) ?? 0) + records.length;
    recorded.set(workspaceId, since);
    if (since >= 200) {
      recorded.set(workspaceId, 0);
      await pruneRejections(deps.db, workspaceId);
    }
  }

  async function run<R extends { workspaceId: string; id: string; ts: Date }>(
    workspaceId: string,
    inputs: readonly unknown[],
    source: string,
    convert: (v: WorkspaceView, input: unknown, t: number) => Step<R>,
    commit: GroupCommit<R>,
    positions: readonly number[] | undefined,
  ): Promise<IngestResult> {
    const v = await view(workspaceId);
    if (!v.exists) throw new UnknownWorkspaceError(`workspace ${workspaceId} does not exist`);
    const t = now();
    const { rows, rejected, warnings } = prepare(inputs, (input) => convert(v, input, t));
    const [outcome] = await Promise.all([
      commit.submit(rows),
      record(workspaceId, source, inputs, rejected, positions),
    ]);
    return {
      accepted: rows.length,
      stored: outcome.stored,
      duplicates: outcome.duplicates,
      rejected,
      warnings,
    };
  }

  return {
    ingestEvents(workspaceId, inputs, source, positions) {
      return run(
        workspaceId,
        inputs,
        source,
        (v, i, t) => toEventRow(v, workspaceId, i, source, t),
        events,
        positions,
      );
    },
    ingestResponses(workspaceId, inputs, source, positions) {
      return run(
        workspaceId,
        inputs,
        source,
        (v, i, t) => toResponseRow(v, workspaceId, i, source, t),
        responses,
        positions,
      );
    },
    async preview(workspaceId, kind, inputs) {
      const v = await view(workspaceId);
      const t = now();
      const { rows, rejected } =
        kind === 'events'
          ? prepare(inputs, (i) => toEventRow(v, workspaceId, i, 'import', t))
          : prepare(inputs, (i) => toResponseRow(v, workspaceId, i, 'import', t));
      return {
        rows: rows.map((r) => ({ ...r, ts: r.ts.toISOString(), receivedAt: r.receivedAt.toISOString() })),
        rejected,
      };
    },
    async flush() {
      await Promise.all([events.settled(), responses.settled()]);
    },
    invalidate(workspaceId) {
      views.delete(workspaceId);
    },
    bulk: { view, events: deps.events, now },
  };
}
