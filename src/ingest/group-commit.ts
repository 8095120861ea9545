import { rowKey } from '../store/events/event-rows.js';
import type { AppendResult } from '../store/events/event-store.js';

type Row = { workspaceId: string; id: string; ts: Date };

interface Waiting<T extends Row> {
  rows: readonly T[];
  resolve: (r: { stored: number; duplicates: number }) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: callers hand in rows and wait; while one commit runs, everything that
 * arrives queues up and goes into the next commit together (up to `maxRows`). So a burst of
 * small requests costs a few transactions instead of one each, and every caller is answered
 * only after its own rows are committed.
 */
export class GroupCommit<T extends Row> {
  private queue: Waiting<T>[] = [];
  private running = false;
  private readonly idle: (() => void)[] = [];

  constructor(
    private readonly commit: (rows: T[]) => Promise<AppendResult>,
    private readonly maxRows = 20_000,
  ) {}

  submit(rows: readonly T[]): Promise<{ stored: number; duplicates: number }> {
    if (rows.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /** Resolves when nothing is queued or committing. */
  settled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private takeGroup(): Waiting<T>[] {
    const group: Waiting<T>[] = [];
    let size = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0] as Waiting<T>;
      if (group.length > 0 && size + next.rows.length > this.maxRows) break;
      group.push(next);
      size += next.rows.length;
      this.queue.shift();
    }
    return group;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const group = this.takeGroup();
        try {
          const result = await this.commit(group.flatMap((w) => w.rows));
          // One caller (an import chunk, a lone request): the whole outcome is its own.
          if (group.length === 1) {
            const only = group[0] as Waiting<T>;
            only.resolve({ stored: result.stored, duplicates: only.rows.length - result.stored });
            continue;
          }
          // Split the outcome per caller: a stored key is claimed by the first row that has it.
          const unclaimed = new Set(result.storedKeys);
          for (const w of group) {
            let stored = 0;
            for (const r of w.rows) {
              const key = rowKey(r.workspaceId, r.id, r.ts.getTime());
              if (unclaimed.delete(key)) stored += 1;
            }
            w.resolve({ stored, duplicates: w.rows.length - stored });
          }
        } catch (err) {
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      this.running = false;
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }
}
