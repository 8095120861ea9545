import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { localized } from '../../../src/domain/journey/localize.js';
import { byPosition } from '../../../src/domain/journey/positions.js';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { SurveyAudience, SurveyLevel } from '../../../src/domain/surveys/survey.schema.js';
import { ApiError, api } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useJourneyMap } from './binding-label.js';
import { surveyKey } from './draft-controller.js';
import { Field } from './fields.js';
import { issueText } from './issue-text.js';
import { SurveyLanguageFields } from './survey-language-fields.js';
import { PRESETS, type Preset, presetContent } from './survey-presets.js';
import { SURVEY_AUDIENCES, SURVEY_LEVELS } from './survey-vocab.js';
import { useSurveyApi } from './use-survey-api.js';

interface Props {
  workspaceId: string;
  initialJourneyId?: string;
  initialTouchpointId?: string;
}

/** Name, level and binding, audience, languages and a starting point for a new survey. */
export function SurveyCreateForm({ workspaceId, initialJourneyId, initialTouchpointId }: Props) {
  const { t, lang: uiLang } = useI18n();
  const sapi = useSurveyApi();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<SurveyLevel>(
    initialTouchpointId || !initialJourneyId ? 'touchpoint' : 'journey',
  );
  const [journeyId, setJourneyId] = useState(initialJourneyId ?? '');
  const [touchpointId, setTouchpointId] = useState(initialTouchpointId ?? '');
  const [audience, setAudience] = useState<SurveyAudience>('customer');
  const [languages, setLanguages] = useState<Language[]>(['fi']);
  const [defaultLanguage, setDefaultLanguage] = useState<Language>('fi');
  const [preset, setPreset] = useState<Preset>('nps-text');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const journeys = useQuery({
    queryKey: ['journeys', workspaceId, false],
    queryFn: () => api.journeys(workspaceId, false),
  });
  const firstJourney = journeys.data?.[0]?.id ?? '';
  const chosenJourney = journeyId || firstJourney;
  const map = useJourneyMap(workspaceId, level === 'relationship' || !chosenJourney ? null : chosenJourney);
  const stages = map.data ? [...map.data.stages].sort(byPosition) : [];
  const touchpoints = map.data ? [...map.data.touchpoints].sort(byPosition) : [];
  const chosenTouchpoint =
    touchpoints.find((tp) => tp.id === touchpointId)?.id ??
    (level === 'touchpoint' ? (touchpoints[0]?.id ?? '') : '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const content = presetContent(preset, languages);
      const survey = await sapi.create(workspaceId, {
        name: name.trim(),
        level,
        journeyId: level === 'relationship' ? null : chosenJourney || null,
        touchpointId: level === 'touchpoint' ? chosenTouchpoint || null : null,
        audience,
        languages,
        defaultLanguage,
        ...content,
      });
      queryClient.setQueryData(surveyKey(workspaceId, survey.id), survey);
      await queryClient.invalidateQueries({ queryKey: ['surveys', workspaceId] });
      navigate(`/w/${workspaceId}/surveys/${survey.id}`);
    } catch (err) {
      const issue = err instanceof ApiError ? err.issues[0] : undefined;
      setError(issue ? issueText(issue.path, issue.message, t) : (err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="stack survey-create" onSubmit={submit}>
      <Field label={t('surveyName')}>
        {(id) => (
          <input id={id} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label={t('surveyLevel')} hint={t(`surveyLevelHint_${level}`)}>
        {(id, describedBy) => (
          <select
            id={id}
            aria-describedby={describedBy}
            value={level}
            onChange={(e) => setLevel(e.target.value as SurveyLevel)}
          >
            {SURVEY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`surveyLevel_${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {level !== 'relationship' && (
        <Field label={t('surveyJourney')}>
          {(id) => (
            <select
              id={id}
              required
              value={chosenJourney}
              onChange={(e) => {
                setJourneyId(e.target.value);
                setTouchpointId('');
              }}
            >
              {(journeys.data ?? []).map((j) => (
                <option key={j.id} value={j.id}>
                  {localized(j, 'name', uiLang)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {level === 'touchpoint' && (
        <Field label={t('surveyTouchpoint')}>
          {(id) => (
            <select
              id={id}
              required
              value={chosenTouchpoint}
              onChange={(e) => setTouchpointId(e.target.value)}
            >
              {stages.map((s) => (
                <optgroup key={s.id} label={localized(s, 'name', uiLang)}>
                  {touchpoints
                    .filter((tp) => tp.stageId === s.id)
                    .map((tp) => (
                      <option key={tp.id} value={tp.id}>
                        {localized(tp, 'name', uiLang)} ({tp.key})
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('surveyAudience')}>
        {(id) => (
          <select id={id} value={audience} onChange={(e) => setAudience(e.target.value as SurveyAudience)}>
            {SURVEY_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`surveyAudience_${a}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SurveyLanguageFields
        languages={languages}
        defaultLanguage={defaultLanguage}
        onChange={(next) => {
          setLanguages(next.languages);
          setDefaultLanguage(next.defaultLanguage);
        }}
      />
      <Field label={t('surveyStartFrom')}>
        {(id) => (
          <select id={id} value={preset} onChange={(e) => setPreset(e.target.value as Preset)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`surveyPreset_${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || !name.trim() || (level === 'touchpoint' && !chosenTouchpoint)}
        >
          {t('surveyCreate')}
        </button>
      </div>
    </form>
  );
}
