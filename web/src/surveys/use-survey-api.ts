import { useMemo } from 'react';
import { useSession } from '../hooks/use-session.js';
import { type SurveyApi, surveyApi } from './survey-api.js';

/** The survey API with the signed-in session's CSRF token. */
export function useSurveyApi(): SurveyApi {
  const token = useSession().data?.csrfToken ?? '';
  return useMemo(() => surveyApi(token), [token]);
}
