import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import { definitionOf } from '../../../src/domain/surveys/definition.js';
import type { Question } from '../../../src/domain/surveys/survey.schema.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import { useBindingLabel } from '../surveys/binding-label.js';
import { DistributionPanel } from '../surveys/distribution-panel.js';
import { type DraftFields, SurveyDraftController, surveyKey } from '../surveys/draft-controller.js';
import { DraftStatusLine } from '../surveys/draft-status.js';
import { LocalizedInput, otherText } from '../surveys/fields.js';
import { LanguageTabs, tabId } from '../surveys/language-tabs.js';
import { repairLogic } from '../surveys/logic-repair.js';
import { missingTexts } from '../surveys/missing-texts.js';
import { PublishBar } from '../surveys/publish-bar.js';
import { QuestionList } from '../surveys/question-list.js';
import type { Survey } from '../surveys/survey-api.js';
import { type PreviewScreen, SurveyPreview } from '../surveys/survey-preview.js';
import { SurveySettings } from '../surveys/survey-settings.js';
import { useSurveyApi } from '../surveys/use-survey-api.js';

interface Props {
  workspaceId: string;
  surveyId: string;
}

const TEXTS_PANEL = 'survey-texts';

export function SurveyBuilderPage({ workspaceId, surveyId }: Props) {
  const { t } = useI18n();
  const api = useSurveyApi();
  const queryClient = useQueryClient();
  const role = useWorkspaceRole(workspaceId);
  const readOnly = role !== 'owner' && role !== 'editor';
  const query = useQuery({
    queryKey: surveyKey(workspaceId, surveyId),
    queryFn: () => api.get(workspaceId, surveyId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const controller = useMemo(
    () => new SurveyDraftController(queryClient, api, workspaceId, surveyId),
    [queryClient, api, workspaceId, surveyId],
  );
  useEffect(() => {
    // closing the tab within the moment an edit waits to be sent asks first
    const guard = (e: BeforeUnloadEvent) => {
      if (controller.hasUnsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => {
      window.removeEventListener('beforeunload', guard);
      controller.stop();
    };
  }, [controller]);
  useEffect(() => {
    if (query.data) controller.loaded(query.data);
  }, [controller, query.data]);
  const draft = useSyncExternalStore(controller.subscribe, controller.getDraft) ?? query.data;
  useDocumentTitle(draft?.name ?? t('surveysPageTitle'));

  if (draft) return <Builder survey={draft} controller={controller} readOnly={readOnly} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <LoadingState />;
}

function Builder({
  survey,
  controller,
  readOnly,
}: {
  survey: Survey;
  controller: SurveyDraftController;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const [chosen, setLang] = useState<Language>(survey.defaultLanguage);
  const [notice, setNotice] = useState('');
  const [screen, setScreen] = useState<PreviewScreen>(0);
  const lang = survey.languages.includes(chosen) ? chosen : survey.defaultLanguage;
  const bindingLabel = useBindingLabel(survey.workspaceId, survey);
  const missing = useMemo(() => missingTexts(survey), [survey]);
  const missingPerLang = useMemo(() => {
    const out: Partial<Record<Language, number>> = {};
    for (const m of missing) out[m.language] = (out[m.language] ?? 0) + 1;
    return out;
  }, [missing]);
  const definition = useMemo(() => definitionOf(survey), [survey]);

  const edit = (fields: DraftFields) => {
    setNotice('');
    controller.edit(fields);
  };
  const setQuestions = (questions: Question[]) => {
    const fixed = repairLogic(questions);
    edit({ questions: fixed.questions });
    if (fixed.dropped > 0) setNotice(t('surveyLogicDropped', { count: fixed.dropped }));
  };
  const ws = survey.workspaceId;

  return (
    <div className="page survey-builder">
      <p className="breadcrumb">
        <Link href={`/w/${ws}/surveys`}>← {t('surveysPageTitle')}</Link>
      </p>
      <div className="title-row">
        <h1>{survey.name}</h1>
        <DraftStatusLine controller={controller} />
      </div>
      <PublishBar survey={survey} controller={controller} missing={missing} readOnly={readOnly} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <div className="builder-layout">
        <div className="builder-main">
          <SurveySettings survey={survey} bindingLabel={bindingLabel} readOnly={readOnly} onEdit={edit} />
          <LanguageTabs
            languages={survey.languages}
            active={lang}
            missing={missingPerLang}
            panelId={TEXTS_PANEL}
            onChange={setLang}
          />
          <div
            id={TEXTS_PANEL}
            role="tabpanel"
            aria-labelledby={tabId(TEXTS_PANEL, lang)}
            className="texts-panel"
          >
            <LocalizedInput
              label={t('surveyIntro')}
              value={survey.intro}
              lang={lang}
              multiline
              maxLength={2000}
              readOnly={readOnly}
              placeholder={otherText(survey.intro, survey.languages, lang)}
              onChange={(intro) => edit({ intro })}
            />
            <QuestionList
              questions={survey.questions}
              languages={survey.languages}
              lang={lang}
              readOnly={readOnly}
              onChange={setQuestions}
              onOpen={setScreen}
            />
            <LocalizedInput
              label={t('surveyThankYou')}
              value={survey.thankYou}
              lang={lang}
              multiline
              maxLength={2000}
              readOnly={readOnly}
              placeholder={otherText(survey.thankYou, survey.languages, lang)}
              onChange={(thankYou) => edit({ thankYou })}
            />
          </div>
        </div>
        {!readOnly && (
          <aside className="builder-aside" aria-label={t('surveyPreview')}>
            <SurveyPreview
              workspaceId={ws}
              definition={definition}
              language={lang}
              screen={screen}
              onScreen={setScreen}
            />
          </aside>
        )}
      </div>
      {survey.publishedVersion !== null && <DistributionPanel workspaceId={ws} survey={survey} />}
    </div>
  );
}
