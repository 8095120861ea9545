import { newId } from '../domain/journey/ids.js';
import { fail, ok, type Result } from '../domain/result.js';
import { definitionOf } from '../domain/surveys/definition.js';
import type { Survey, SurveyCreate, SurveyDefinition, SurveyPatch } from '../domain/surveys/survey.schema.js';
import { checkDefinition, checkPublishable } from '../domain/surveys/survey-rules.js';
import type { MetaDb } from '../store/meta/db.js';
import {
  getSurvey,
  insertSurvey,
  journeyExists,
  publishSurveyVersion,
  setSurveyStatus,
  touchpointRef,
  updateSurveyDraft,
} from '../store/meta/surveys.repository.js';

/**
 * Survey use cases for the builder API. Callers pass a transaction; each function checks
 * the definition's rules and its binding to the workspace's journeys and touchpoints.
 */

/** The bound touchpoint and journey exist in this workspace; a touchpoint brings its journey. */
async function bind(db: MetaDb, workspaceId: string, d: SurveyDefinition): Promise<Result<SurveyDefinition>> {
  let def = d;
  if (def.touchpointId !== null) {
    const tp = await touchpointRef(db, workspaceId, { id: def.touchpointId });
    if (!tp) return fail('bad_request', 'no such touchpoint in this workspace', { field: 'touchpointId' });
    if (def.journeyId !== null && def.journeyId !== tp.journeyId)
      return fail('bad_request', 'the touchpoint belongs to another journey', { field: 'journeyId' });
    def = { ...def, journeyId: tp.journeyId };
  }
  if (def.journeyId !== null && !(await journeyExists(db, workspaceId, def.journeyId)))
    return fail('bad_request', 'no such journey in this workspace', { field: 'journeyId' });
  return checkDefinition(def);
}

export async function createSurvey(
  db: MetaDb,
  workspaceId: string,
  input: SurveyCreate,
  now: string,
): Promise<Result<Survey>> {
  const { defaultLanguage, ...rest } = input;
  const def: SurveyDefinition = { ...rest, defaultLanguage: defaultLanguage ?? input.languages[0] ?? 'fi' };
  const bound = await bind(db, workspaceId, def);
  if (!bound.ok) return bound;
  return ok(await insertSurvey(db, { id: newId('sv'), workspaceId, definition: bound.value, now }));
}

const notFound = () => fail<Survey>('not_found', 'survey not found');

export async function patchSurvey(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
  patch: SurveyPatch,
  now: string,
): Promise<Result<Survey>> {
  const current = await getSurvey(db, workspaceId, surveyId);
  if (!current) return notFound();
  if (current.version !== patch.version)
    return fail('conflict', 'the survey was changed by someone else; reload it', { current });
  const { version, ...changes } = patch;
  const merged: SurveyDefinition = { ...definitionOf(current) };
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) Object.assign(merged, { [k]: v });
  // Moving to a level without a binding drops it, so a level change is one patch.
  if (merged.level !== 'touchpoint' && changes.touchpointId === undefined) merged.touchpointId = null;
  if (merged.level === 'relationship' && changes.journeyId === undefined) merged.journeyId = null;
  // A new touchpoint brings its own journey unless the patch names one.
  if (changes.touchpointId && changes.journeyId === undefined) merged.journeyId = null;
  if (changes.languages && !changes.defaultLanguage && !changes.languages.includes(merged.defaultLanguage))
    merged.defaultLanguage = changes.languages[0] ?? merged.defaultLanguage;
  const bound = await bind(db, workspaceId, merged);
  if (!bound.ok) return bound;
  if (!(await updateSurveyDraft(db, workspaceId, surveyId, version, bound.value, now)))
    return fail('conflict', 'the survey was changed by someone else; reload it', {
      current: await getSurvey(db, workspaceId, surveyId),
    });
  return ok((await getSurvey(db, workspaceId, surveyId)) as Survey);
}

/** Snapshots the draft as a new version (every text in every language first) and makes it live. */
export async function publishSurvey(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
  expectedVersion: number | undefined,
  now: string,
): Promise<Result<Survey>> {
  const current = await getSurvey(db, workspaceId, surveyId);
  if (!current) return notFound();
  if (expectedVersion !== undefined && expectedVersion !== current.version)
    return fail('conflict', 'the survey was changed by someone else; reload it', { current });
  const bound = await bind(db, workspaceId, definitionOf(current));
  if (!bound.ok) return bound;
  const ready = checkPublishable(bound.value);
  if (!ready.ok) return ready;
  await publishSurveyVersion(db, current, now);
  return ok((await getSurvey(db, workspaceId, surveyId)) as Survey);
}

/** Closed surveys show respondents a polite page; reopening needs a published version. */
export async function setSurveyOpen(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
  open: boolean,
  now: string,
): Promise<Result<Survey>> {
  const current = await getSurvey(db, workspaceId, surveyId);
  if (!current) return notFound();
  if (open && current.publishedVersion === null)
    return fail('bad_request', 'publish the survey first: it has no published version', { field: 'status' });
  if (!open && current.status === 'draft')
    return fail('bad_request', 'a draft that was never published cannot be closed', { field: 'status' });
  await setSurveyStatus(db, workspaceId, surveyId, open ? 'live' : 'closed', now);
  return ok((await getSurvey(db, workspaceId, surveyId)) as Survey);
}
