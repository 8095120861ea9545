/** Meta-store tables of the surveys feature; `MetaDatabase` extends this. */
export interface SurveyTables {
  surveys: SurveysTable;
  surveyVersions: SurveyVersionsTable;
  surveySessions: SurveySessionsTable;
}

/** A survey's current (draft) definition; JSON columns hold languages, questions and texts. */
export interface SurveysTable {
  id: string;
  workspaceId: string;
  name: string;
  level: string;
  journeyId: string | null;
  touchpointId: string | null;
  audience: string;
  status: string;
  layout: string;
  languages: string;
  defaultLanguage: string;
  questions: string;
  intro: string;
  thankYou: string;
  publishedVersion: number | null;
  /** The draft version that was last published (tells whether the draft changed since). */
  publishedDraftVersion: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A published snapshot: respondents answer one of these, never the draft. */
export interface SurveyVersionsTable {
  surveyId: string;
  version: number;
  definition: string;
  publishedAt: string;
}

/** A respondent's visit: answers so far, the screen they are on, and what became of it. */
export interface SurveySessionsTable {
  id: string;
  workspaceId: string;
  surveyId: string;
  version: number;
  context: string;
  answers: string;
  language: string;
  page: number;
  /** open → complete (submitted) or partial (left idle; stored with complete: false) or abandoned (nothing answered). */
  status: string;
  startedAt: string;
  updatedAt: string;
}
