import type { QueryClient } from '@tanstack/react-query';
import type { SurveyPatchInput } from '../../../src/domain/surveys/survey.schema.js';
import { ApiError } from '../api/client.js';
import type { Survey, SurveyApi } from './survey-api.js';

export type DraftStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'conflict' }
  | { state: 'error'; message: string };

/** The draft fields the builder edits (everything a patch takes except the version). */
export type DraftFields = Omit<SurveyPatchInput, 'version'>;

/** How long edits gather before they are sent (typing in a text field sends once). */
const SAVE_DELAY_MS = 400;

export const surveyKey = (workspaceId: string, surveyId: string) =>
  ['survey', workspaceId, surveyId] as const;

/**
 * Autosave of one survey draft: edits update the cached survey at once, gather for a moment
 * and go to the server as one patch carrying the draft's version. One patch is in flight at
 * a time; edits made meanwhile ride on the next one. A 409 replaces the draft with the
 * server's current one and says so; any other failure restores the last saved draft.
 *
 * The draft lives here and reaches the page through `useSyncExternalStore`, so a change in
 * an input event renders at once (the query cache notifies a tick later, and a controlled
 * input would first snap back and lose its caret).
 */
export class SurveyDraftController {
  private pending: DraftFields = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<boolean> | null = null;
  private status: DraftStatus = { state: 'idle' };
  private listeners = new Set<() => void>();
  private lastSaved: Survey | undefined;
  private draft: Survey | undefined;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly api: SurveyApi,
    readonly workspaceId: string,
    readonly surveyId: string,
  ) {
    this.draft = queryClient.getQueryData<Survey>(this.key);
  }

  get key() {
    return surveyKey(this.workspaceId, this.surveyId);
  }

  get survey(): Survey | undefined {
    return this.draft;
  }
  getDraft = (): Survey | undefined => this.draft;

  private setDraft(survey: Survey): void {
    this.draft = survey;
    this.queryClient.setQueryData<Survey>(this.key, survey);
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getStatus = (): DraftStatus => this.status;

  private setStatus(status: DraftStatus): void {
    this.status = status;
    for (const l of this.listeners) l();
  }

  /** The server's survey (a load, or the answer to publish/close/reopen). */
  loaded(survey: Survey): void {
    // our own writes come back through the cache; only a newer draft from the server counts
    if (this.draft && survey.version <= this.draft.version) return;
    if (Object.keys(this.pending).length > 0 || this.inflight) return;
    this.lastSaved = survey;
    this.setDraft(survey);
  }

  /** Applies an edit now and saves it shortly. */
  edit(fields: DraftFields): void {
    const current = this.survey;
    if (!current) return;
    this.lastSaved ??= current;
    this.setDraft({ ...current, ...fields } as Survey);
    this.pending = { ...this.pending, ...fields };
    this.setStatus({ state: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Sends what is pending and waits for it; true when everything is saved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inflight) {
      const ok = await this.inflight;
      if (!ok) return false;
    }
    if (Object.keys(this.pending).length === 0) return this.status.state !== 'error';
    const fields = this.pending;
    this.pending = {};
    this.inflight = this.send(fields);
    try {
      return await this.inflight;
    } finally {
      this.inflight = null;
      if (Object.keys(this.pending).length > 0) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), 0);
      }
    }
  }

  private async send(fields: DraftFields): Promise<boolean> {
    const version = this.lastSaved?.version ?? this.survey?.version ?? 0;
    this.setStatus({ state: 'saving' });
    try {
      const saved = await this.api.patch(this.workspaceId, this.surveyId, { ...fields, version });
      this.lastSaved = saved;
      // What was sent stays on screen as typed (the server trims texts: a space typed at the
      // end of a word must not vanish), and so do edits made while this one was in flight.
      this.setDraft({ ...saved, ...fields, ...this.pending } as Survey);
      if (Object.keys(this.pending).length === 0) this.setStatus({ state: 'saved' });
      return true;
    } catch (err) {
      this.pending = {};
      if (err instanceof ApiError && err.status === 409 && err.current) {
        this.lastSaved = err.current as Survey;
        this.setDraft(this.lastSaved);
        this.setStatus({ state: 'conflict' });
      } else {
        if (this.lastSaved) this.setDraft(this.lastSaved);
        const issue = err instanceof ApiError ? err.issues[0] : undefined;
        const message = err instanceof Error ? err.message : String(err);
        this.setStatus({ state: 'error', message: issue ? `${issue.path}: ${issue.message}` : message });
      }
      return false;
    }
  }

  /** Puts a survey the server returned (publish, close, reopen) in place of the draft. */
  replace(survey: Survey): void {
    this.lastSaved = survey;
    this.setDraft({ ...survey, ...this.pending } as Survey);
  }

  /** Edits not yet confirmed by the server (waiting, or on their way). */
  hasUnsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.inflight !== null;
  }

  stop(): void {
    clearTimeout(this.timer);
    if (Object.keys(this.pending).length > 0) void this.flush();
  }
}
