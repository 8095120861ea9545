import type { QueryClient } from '@tanstack/react-query';
import { ApiError, api, onOwnRevision } from '../api/client.js';
import type { Card, Entity, EntityKind, EntityTypes, Journey, JourneyMap, Touchpoint } from '../api/types.js';
import { createBodyFrom } from './create-body.js';
import { History } from './history.js';
import { findEntity, patchEntity, removeEntity, replaceEntity, setEmotionPoint } from './map-cache.js';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'conflict'; what: string }
  | { state: 'error'; message: string }
  | { state: 'remote' };

type Fields = Record<string, unknown>;
interface Options {
  record?: boolean;
  label?: string;
}

const KIND_NAMES: Record<EntityKind | 'journeys', string> = {
  stages: 'stage',
  lanes: 'lane',
  touchpoints: 'touchpoint',
  cards: 'card',
  personas: 'persona',
  journeys: 'journey',
};

/**
 * Every edit of one open map: optimistic cache updates, per-entity request queues with the
 * entity's version, conflict handling, the undo/redo stack and revision polling.
 */
export class EditorController {
  readonly history = new History();
  private inflight = 0;
  private status: SaveState = { state: 'idle' };
  private statusListeners = new Set<() => void>();
  private queues = new Map<string, Promise<unknown>>();
  private pending = new Map<string, Fields[]>();
  /** Every revision up to this one is in our cache: loaded, or made by our own saves. */
  private knownRevision = 0;
  /** Revisions our own saves produced that are ahead of a gap (answers can arrive out of order). */
  private ownRevisions = new Set<number>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private offRevision: (() => void) | undefined;

  constructor(
    private readonly queryClient: QueryClient,
    readonly workspaceId: string,
    readonly journeyId: string,
  ) {}

  get key(): readonly unknown[] {
    return ['map', this.workspaceId, this.journeyId];
  }

  get map(): JourneyMap | undefined {
    return this.queryClient.getQueryData<JourneyMap>(this.key);
  }

  // ---- lifecycle ------------------------------------------------------------------------

  start(pollMs = 4000): void {
    const loaded = this.map;
    if (loaded) this.noteLoaded(loaded);
    this.offRevision = onOwnRevision((journeyId, revision) => {
      if (journeyId !== this.journeyId || revision <= this.knownRevision) return;
      this.ownRevisions.add(revision);
      this.advance();
    });
    this.timer = setInterval(() => void this.poll(), pollMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.offRevision?.();
  }

  /** Called when the map query delivers data (first load and refetches). */
  noteLoaded(map: JourneyMap): void {
    this.knownRevision = Math.max(this.knownRevision, map.journey.revision);
    this.advance();
  }

  /** Moves knownRevision over our own consecutive revisions; what is left is someone else's. */
  private advance(): void {
    for (const r of this.ownRevisions) if (r <= this.knownRevision) this.ownRevisions.delete(r);
    while (this.ownRevisions.delete(this.knownRevision + 1)) this.knownRevision += 1;
  }

  private async poll(): Promise<void> {
    if (document.hidden || this.inflight > 0) return;
    try {
      const { revision } = await api.revision(this.workspaceId, this.journeyId);
      if (revision > this.knownRevision) {
        if (this.inflight > 0) return;
        this.knownRevision = revision;
        this.advance();
        await this.queryClient.refetchQueries({ queryKey: this.key, exact: true });
        this.setStatus({ state: 'remote' });
      }
    } catch {
      // a failed poll is retried on the next tick
    }
  }

  // ---- status ---------------------------------------------------------------------------

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };
  getStatus = (): SaveState => this.status;

  private setStatus(status: SaveState): void {
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }

  private begin(): void {
    this.inflight++;
    this.setStatus({ state: 'saving' });
  }

  /** A conflict or an error stays on screen until the next edit starts. */
  private end(): void {
    this.inflight--;
    if (this.inflight === 0 && this.status.state === 'saving') this.setStatus({ state: 'saved' });
  }

  private fail(err: unknown): void {
    this.setStatus({ state: 'error', message: err instanceof Error ? err.message : String(err) });
  }

  private update(fn: (map: JourneyMap) => JourneyMap): void {
    this.queryClient.setQueryData<JourneyMap>(this.key, (map) => (map ? fn(map) : map));
  }

  private enqueue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async tracked<T>(task: () => Promise<T>): Promise<T | undefined> {
    this.begin();
    try {
      return await task();
    } catch (err) {
      this.handleError(err);
      return undefined;
    } finally {
      this.end();
    }
  }

  private handleError(err: unknown): void {
    if (err instanceof ApiError && err.status === 409) return; // reported by the caller
    this.fail(err);
  }

  // ---- journey --------------------------------------------------------------------------

  async patchJourney(fields: Partial<Pick<Journey, 'name' | 'description' | 'translations'>>): Promise<void> {
    const map = this.map;
    if (!map) return;
    const before = map.journey;
    this.update((m) => ({ ...m, journey: { ...m.journey, ...fields } }));
    await this.enqueue('journey', () =>
      this.tracked(async () => {
        const version = this.map?.journey.version ?? before.version;
        try {
          const saved = await api.patchJourney(this.workspaceId, this.journeyId, { ...fields, version });
          this.update((m) => ({ ...m, journey: saved }));
        } catch (err) {
          if (err instanceof ApiError && err.status === 409 && err.current) {
            this.update((m) => ({ ...m, journey: err.current as Journey }));
            this.setStatus({ state: 'conflict', what: KIND_NAMES.journeys });
          } else this.update((m) => ({ ...m, journey: before }));
          throw err;
        }
      }),
    );
  }

  // ---- entities -------------------------------------------------------------------------

  /** Saves a change of some fields; true when the server accepted it. */
  async patch<K extends EntityKind>(
    kind: K,
    rawId: string,
    fields: Fields,
    options: Options = {},
  ): Promise<boolean> {
    const id = this.history.resolve(rawId);
    const map = this.map;
    const before = map && findEntity(map, kind, id);
    if (!before) return false;
    const inverse: Fields = {};
    for (const key of Object.keys(fields)) inverse[key] = (before as unknown as Fields)[key];
    this.update((m) => patchEntity(m, kind, id, fields));
    const queue = this.pending.get(id) ?? [];
    queue.push(fields);
    this.pending.set(id, queue);
    const done = (): void => {
      const list = this.pending.get(id) ?? [];
      const at = list.indexOf(fields);
      if (at !== -1) list.splice(at, 1);
      if (list.length === 0) this.pending.delete(id);
    };

    const ok = await this.enqueue(id, async () => {
      const result = await this.tracked(async () => {
        const current = this.map && findEntity(this.map, kind, id);
        if (!current) {
          done();
          return false;
        }
        try {
          const saved = await api.patchEntity(this.workspaceId, this.journeyId, kind, id, {
            ...fields,
            version: current.version,
          } as never);
          done();
          this.update((m) => replaceEntity(m, kind, this.withPending(id, saved)));
          return true;
        } catch (err) {
          done();
          if (err instanceof ApiError && err.status === 409 && err.current) {
            this.update((m) => replaceEntity(m, kind, err.current as Entity<K>));
            this.setStatus({ state: 'conflict', what: KIND_NAMES[kind] });
          } else if (err instanceof ApiError && err.status === 404) {
            this.update((m) => removeEntity(m, kind, id));
          } else {
            this.update((m) => patchEntity(m, kind, id, inverse));
          }
          throw err;
        }
      });
      return result === true;
    });

    if (ok && options.record !== false) {
      this.history.push({
        label: options.label ?? `${KIND_NAMES[kind]}`,
        undo: async () => {
          await this.patch(kind, id, inverse, { record: false });
        },
        redo: async () => {
          await this.patch(kind, id, fields, { record: false });
        },
      });
    }
    return ok;
  }

  private withPending<K extends EntityKind>(id: string, saved: Entity<K>): Entity<K> {
    const list = this.pending.get(id);
    if (!list?.length) return saved;
    return Object.assign({}, saved, ...list) as Entity<K>;
  }

  async create<K extends EntityKind>(
    kind: K,
    body: EntityTypes[K]['create'],
    options: Options = {},
  ): Promise<Entity<K> | undefined> {
    const created = await this.tracked(() => api.createEntity(this.workspaceId, this.journeyId, kind, body));
    if (!created) return undefined;
    this.update((m) => replaceEntity(m, kind, created));
    if (options.record !== false) {
      const firstId = created.id;
      this.history.push({
        label: options.label ?? KIND_NAMES[kind],
        undo: async () => {
          await this.remove(kind, firstId, { record: false });
        },
        redo: async () => {
          const again = await this.create(kind, body, { record: false });
          if (again) this.history.alias(firstId, again.id);
        },
      });
    }
    return created;
  }

  async remove(kind: EntityKind, rawId: string, options: Options = {}): Promise<boolean> {
    const id = this.history.resolve(rawId);
    const map = this.map;
    if (!map) return false;
    const entity = findEntity(map, kind, id);
    if (!entity) return false;
    const snapshot = map;
    this.update((m) => removeEntity(m, kind, id));
    let failed = false;
    await this.enqueue(id, () =>
      this.tracked(async () => {
        try {
          await api.deleteEntity(this.workspaceId, this.journeyId, kind, id);
        } catch (err) {
          failed = !(err instanceof ApiError && err.status === 404);
          throw err;
        }
      }),
    );
    if (failed) {
      this.queryClient.setQueryData(this.key, snapshot);
      void this.queryClient.invalidateQueries({ queryKey: this.key, exact: true });
      return false;
    }
    if (kind !== 'cards') void this.queryClient.invalidateQueries({ queryKey: this.key, exact: true });
    if (options.record !== false) {
      this.history.push({
        label: options.label ?? KIND_NAMES[kind],
        undo: async () => {
          await this.restore(kind, id, snapshot);
        },
        redo: async () => {
          await this.remove(kind, id, { record: false });
        },
      });
    }
    return true;
  }

  /** Re-creates a deleted entity and what was deleted with it, from the map before the delete. */
  private async restore(kind: EntityKind, oldId: string, before: JourneyMap): Promise<void> {
    const entity = findEntity(before, kind, oldId);
    if (!entity) return;
    const again = await this.create(kind, createBodyFrom(kind, entity as never) as never, { record: false });
    if (!again) return;
    this.history.alias(oldId, again.id);
    const touchpoints: Touchpoint[] =
      kind === 'stages' ? before.touchpoints.filter((t) => t.stageId === oldId) : [];
    if (kind === 'touchpoints') touchpoints.push(entity as Touchpoint);
    for (const tp of touchpoints) {
      let tpId = tp.id;
      if (kind === 'stages') {
        const body = { ...createBodyFrom('touchpoints', tp), stageId: again.id };
        const made = await this.create('touchpoints', body, { record: false });
        if (!made) continue;
        this.history.alias(tp.id, made.id);
        tpId = made.id;
      } else tpId = again.id;
      for (const e of before.emotions.filter((x) => x.touchpointId === tp.id)) {
        await this.setEmotion(e.personaId, tpId, e.value, { record: false });
      }
    }
    let cards: Card[] = [];
    if (kind === 'stages') cards = before.cards.filter((c) => c.stageId === oldId);
    if (kind === 'lanes') cards = before.cards.filter((c) => c.laneId === oldId);
    for (const card of cards) {
      const body = createBodyFrom('cards', {
        ...card,
        stageId: this.history.resolve(card.stageId),
        laneId: this.history.resolve(card.laneId),
        touchpointId: card.touchpointId ? this.history.resolve(card.touchpointId) : null,
      });
      const made = await this.create('cards', body, { record: false });
      if (made) this.history.alias(card.id, made.id);
    }
    if (kind === 'personas') {
      for (const e of before.emotions.filter((x) => x.personaId === oldId)) {
        await this.setEmotion(again.id, this.history.resolve(e.touchpointId), e.value, { record: false });
      }
    }
  }

  /** A curve's value at a touchpoint as the cache has it now (optimistic edits included). */
  emotionOf(personaId: string | null, touchpointId: string): number | null {
    const map = this.map;
    if (!map) return null;
    if (personaId === null) return map.touchpoints.find((t) => t.id === touchpointId)?.emotion ?? null;
    return (
      map.emotions.find((e) => e.personaId === personaId && e.touchpointId === touchpointId)?.value ?? null
    );
  }

  /** Sets a point of a persona's curve, or of the team's curve (`personaId` null). */
  async setEmotion(
    rawPersonaId: string | null,
    rawTouchpointId: string,
    value: number | null,
    options: Options = {},
  ): Promise<void> {
    const touchpointId = this.history.resolve(rawTouchpointId);
    if (rawPersonaId === null) {
      await this.patch('touchpoints', touchpointId, { emotion: value }, options);
      return;
    }
    const personaId = this.history.resolve(rawPersonaId);
    const map = this.map;
    if (!map) return;
    const previous =
      map.emotions.find((e) => e.personaId === personaId && e.touchpointId === touchpointId)?.value ?? null;
    this.update((m) => setEmotionPoint(m, personaId, touchpointId, value));
    const ok = await this.enqueue(`emotion:${personaId}:${touchpointId}`, () =>
      this.tracked(async () => {
        try {
          await api.setEmotion(this.workspaceId, this.journeyId, personaId, touchpointId, value);
          return true;
        } catch (err) {
          this.update((m) => setEmotionPoint(m, personaId, touchpointId, previous));
          throw err;
        }
      }),
    );
    if (ok && options.record !== false) {
      this.history.push({
        label: 'emotion',
        undo: () => this.setEmotion(personaId, touchpointId, previous, { record: false }),
        redo: () => this.setEmotion(personaId, touchpointId, value, { record: false }),
      });
    }
  }

  undo = (): Promise<void> => this.history.undo();
  redo = (): Promise<void> => this.history.redo();
}
