import type { Selectable } from 'kysely';
import type { Language } from '../../domain/journey/vocabulary.js';
import type { SurveyContext } from '../../domain/surveys/context-token.js';
import { definitionOf } from '../../domain/surveys/definition.js';
import {
  type Answers,
  type Survey,
  SurveyDefinition,
  type SurveyListQuery,
  type SurveyVersion,
} from '../../domain/surveys/survey.schema.js';
import type { MetaDb } from './db.js';
import type { SurveySessionsTable, SurveysTable } from './surveys.tables.js';

/** Surveys, their published versions and respondent sessions. Every query is scoped by workspace. */

type SurveyRow = Selectable<SurveysTable>;

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

export function surveyFromRow(r: SurveyRow): Survey {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    name: r.name,
    level: r.level as Survey['level'],
    journeyId: r.journeyId,
    touchpointId: r.touchpointId,
    audience: r.audience as Survey['audience'],
    status: r.status as Survey['status'],
    layout: r.layout as Survey['layout'],
    languages: parseJson(r.languages, ['fi']),
    defaultLanguage: r.defaultLanguage as Language,
    questions: parseJson(r.questions, []),
    intro: parseJson(r.intro, {}),
    thankYou: parseJson(r.thankYou, {}),
    publishedVersion: r.publishedVersion,
    version: r.version,
    hasUnpublishedChanges: r.publishedDraftVersion === null || r.publishedDraftVersion !== r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
  };
}

function definitionColumns(d: SurveyDefinition) {
  return {
    name: d.name,
    level: d.level,
    journeyId: d.journeyId,
    touchpointId: d.touchpointId,
    audience: d.audience,
    layout: d.layout,
    languages: JSON.stringify(d.languages),
    defaultLanguage: d.defaultLanguage,
    questions: JSON.stringify(d.questions),
    intro: JSON.stringify(d.intro),
    thankYou: JSON.stringify(d.thankYou),
  };
}

export async function insertSurvey(
  db: MetaDb,
  s: { id: string; workspaceId: string; definition: SurveyDefinition; now: string },
): Promise<Survey> {
  await db
    .insertInto('surveys')
    .values({
      id: s.id,
      workspaceId: s.workspaceId,
      ...definitionColumns(s.definition),
      status: 'draft',
      publishedVersion: null,
      publishedDraftVersion: null,
      version: 0,
      createdAt: s.now,
      updatedAt: s.now,
      publishedAt: null,
    })
    .execute();
  return (await getSurvey(db, s.workspaceId, s.id)) as Survey;
}

export async function getSurvey(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
): Promise<Survey | undefined> {
  const row = await db
    .selectFrom('surveys')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row ? surveyFromRow(row) : undefined;
}

/** A survey by id alone: for the public respondent pages, which know no workspace. */
export async function findSurvey(db: MetaDb, surveyId: string): Promise<Survey | undefined> {
  const row = await db.selectFrom('surveys').selectAll().where('id', '=', surveyId).executeTakeFirst();
  return row ? surveyFromRow(row) : undefined;
}

export async function listSurveys(db: MetaDb, workspaceId: string, f: SurveyListQuery): Promise<Survey[]> {
  let q = db.selectFrom('surveys').selectAll().where('workspaceId', '=', workspaceId);
  if (f.journeyId) q = q.where('journeyId', '=', f.journeyId);
  if (f.touchpointId) q = q.where('touchpointId', '=', f.touchpointId);
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q.orderBy('createdAt', 'desc').orderBy('id').execute();
  return rows.map(surveyFromRow);
}

/** Writes a new draft if the stored version is still `expected`; false when someone else saved first. */
export async function updateSurveyDraft(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
  expected: number,
  d: SurveyDefinition,
  now: string,
): Promise<boolean> {
  const res = await db
    .updateTable('surveys')
    .set({ ...definitionColumns(d), version: expected + 1, updatedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setSurveyStatus(
  db: MetaDb,
  workspaceId: string,
  surveyId: string,
  status: Survey['status'],
  now: string,
): Promise<void> {
  await db
    .updateTable('surveys')
    .set({ status, updatedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .execute();
}

/** Snapshots the draft as the next version and makes the survey live. */
export async function publishSurveyVersion(db: MetaDb, s: Survey, now: string): Promise<number> {
  const version = (s.publishedVersion ?? 0) + 1;
  await db
    .insertInto('surveyVersions')
    .values({ surveyId: s.id, version, definition: JSON.stringify(definitionOf(s)), publishedAt: now })
    .execute();
  await db
    .updateTable('surveys')
    .set({
      status: 'live',
      publishedVersion: version,
      publishedDraftVersion: s.version,
      publishedAt: now,
      updatedAt: now,
    })
    .where('id', '=', s.id)
    .execute();
  return version;
}

export async function deleteSurvey(db: MetaDb, workspaceId: string, surveyId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('surveys')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function getSurveyVersion(
  db: MetaDb,
  surveyId: string,
  version: number,
): Promise<SurveyVersion | undefined> {
  const row = await db
    .selectFrom('surveyVersions')
    .selectAll()
    .where('surveyId', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    surveyId: row.surveyId,
    version: row.version,
    definition: SurveyDefinition.parse(JSON.parse(row.definition)),
    publishedAt: row.publishedAt,
  };
}

export async function listSurveyVersions(db: MetaDb, surveyId: string): Promise<SurveyVersion[]> {
  const rows = await db
    .selectFrom('surveyVersions')
    .selectAll()
    .where('surveyId', '=', surveyId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    surveyId: row.surveyId,
    version: row.version,
    definition: SurveyDefinition.parse(JSON.parse(row.definition)),
    publishedAt: row.publishedAt,
  }));
}

/** The key and journey of a touchpoint in the workspace. */
export async function touchpointRef(
  db: MetaDb,
  workspaceId: string,
  by: { id: string } | { key: string },
): Promise<{ id: string; key: string; journeyId: string } | undefined> {
  let q = db
    .selectFrom('touchpoints')
    .select(['id', 'key', 'journeyId'])
    .where('workspaceId', '=', workspaceId);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('key', '=', by.key);
  return q.executeTakeFirst();
}

export async function journeyExists(db: MetaDb, workspaceId: string, journeyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('journeys')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', journeyId)
    .executeTakeFirst();
  return row !== undefined;
}

/* ---- respondent sessions ---- */

export type SessionStatus = 'open' | 'complete' | 'partial' | 'abandoned';

export interface SurveySession {
  id: string;
  workspaceId: string;
  surveyId: string;
  version: number;
  context: SurveyContext;
  answers: Answers;
  language: Language;
  page: number;
  status: SessionStatus;
  startedAt: string;
  updatedAt: string;
}

function sessionFromRow(r: Selectable<SurveySessionsTable>): SurveySession {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    surveyId: r.surveyId,
    version: r.version,
    context: parseJson(r.context, {}),
    answers: parseJson(r.answers, {}),
    language: r.language as Language,
    page: r.page,
    status: r.status as SessionStatus,
    startedAt: r.startedAt,
    updatedAt: r.updatedAt,
  };
}

export async function insertSurveySession(db: MetaDb, s: SurveySession): Promise<void> {
  await db
    .insertInto('surveySessions')
    .values({ ...s, context: JSON.stringify(s.context), answers: JSON.stringify(s.answers) })
    .execute();
}

export async function getSurveySession(db: MetaDb, id: string): Promise<SurveySession | undefined> {
  const row = await db.selectFrom('surveySessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? sessionFromRow(row) : undefined;
}

/** Saves answers and the screen of an open session; false when it is no longer open. */
export async function saveSurveySession(
  db: MetaDb,
  id: string,
  s: { answers: Answers; page: number; language: Language; now: string },
): Promise<boolean> {
  const res = await db
    .updateTable('surveySessions')
    .set({ answers: JSON.stringify(s.answers), page: s.page, language: s.language, updatedAt: s.now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Ends a session. Its context (customer id, order …) and answers are cleared: they live on
 * only in the stored response, pseudonymised; the session keeps just enough to say "thank you"
 * to a resent form.
 */
export async function finishSurveySession(
  db: MetaDb,
  id: string,
  status: Exclude<SessionStatus, 'open'>,
  now: string,
): Promise<void> {
  await db
    .updateTable('surveySessions')
    .set({ status, context: '{}', answers: '{}', updatedAt: now })
    .where('id', '=', id)
    .execute();
}

/** Removes finished sessions last touched before `before` (they only guard against resent forms). */
export async function deleteFinishedSurveySessions(db: MetaDb, before: string): Promise<number> {
  const res = await db
    .deleteFrom('surveySessions')
    .where('status', '!=', 'open')
    .where('updatedAt', '<', before)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Open sessions not touched since `before`, oldest first. */
export async function idleSurveySessions(
  db: MetaDb,
  before: string,
  limit: number,
): Promise<SurveySession[]> {
  const rows = await db
    .selectFrom('surveySessions')
    .selectAll()
    .where('status', '=', 'open')
    .where('updatedAt', '<', before)
    .orderBy('updatedAt')
    .limit(limit)
    .execute();
  return rows.map(sessionFromRow);
}
