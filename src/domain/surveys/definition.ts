import type { Survey, SurveyDefinition } from './survey.schema.js';

/**
 * The definition part of a survey: what a published version snapshots and what the
 * respondent page (and the builder's preview) renders, without the bookkeeping.
 * Zod-free, so the web app can use it.
 */
export function definitionOf(s: Survey): SurveyDefinition {
  return {
    name: s.name,
    level: s.level,
    journeyId: s.journeyId,
    touchpointId: s.touchpointId,
    audience: s.audience,
    layout: s.layout,
    languages: s.languages,
    defaultLanguage: s.defaultLanguage,
    questions: s.questions,
    intro: s.intro,
    thankYou: s.thankYou,
  };
}
