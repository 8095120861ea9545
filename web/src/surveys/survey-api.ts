import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type {
  Survey,
  SurveyCreateInput,
  SurveyDefinition,
  SurveyPatchInput,
} from '../../../src/domain/surveys/survey.schema.js';
import { apiRequest } from '../api/client.js';
import { htmlRequest } from './survey-http.js';

export type { Survey };

const enc = encodeURIComponent;
const base = (w: string) => `/workspaces/${enc(w)}/surveys`;

/** The survey API bound to the session's CSRF token (see `use-survey-api.ts`). */
export function surveyApi(csrf: string) {
  const call = <T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
    apiRequest<T>(method, path, body);
  return {
    list: (w: string, journeyId?: string) =>
      call<Survey[]>('GET', `${base(w)}${journeyId ? `?journeyId=${enc(journeyId)}` : ''}`),
    create: (w: string, body: SurveyCreateInput) => call<Survey>('POST', base(w), body),
    get: (w: string, id: string) => call<Survey>('GET', `${base(w)}/${enc(id)}`),
    patch: (w: string, id: string, body: SurveyPatchInput) =>
      call<Survey>('PATCH', `${base(w)}/${enc(id)}`, body),
    publish: (w: string, id: string) => call<Survey>('POST', `${base(w)}/${enc(id)}/publish`),
    close: (w: string, id: string) => call<Survey>('POST', `${base(w)}/${enc(id)}/close`),
    reopen: (w: string, id: string) => call<Survey>('POST', `${base(w)}/${enc(id)}/reopen`),
    remove: (w: string, id: string) => call<void>('DELETE', `${base(w)}/${enc(id)}`),
    link: (w: string, id: string) => call<{ url: string }>('GET', `${base(w)}/${enc(id)}/link`),
    /** The respondent page for a draft definition, as HTML. */
    preview: (
      w: string,
      body: { definition: SurveyDefinition; language: Language; page?: number; thankYou?: boolean },
      signal?: AbortSignal,
    ) => htmlRequest(csrf, `${base(w)}/preview`, body, signal),
  };
}
export type SurveyApi = ReturnType<typeof surveyApi>;
