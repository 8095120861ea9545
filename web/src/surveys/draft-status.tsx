import { useSyncExternalStore } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import type { SurveyDraftController } from './draft-controller.js';

/** The live region that says whether the draft is saved (as the map editor's does). */
export function DraftStatusLine({ controller }: { controller: SurveyDraftController }) {
  const { t } = useI18n();
  const status = useSyncExternalStore(controller.subscribe, controller.getStatus);
  let text = '';
  let tone = 'ok';
  if (status.state === 'saving') text = t('saving');
  else if (status.state === 'saved') text = t('saved');
  else if (status.state === 'conflict') {
    text = t('surveyConflict');
    tone = 'warn';
  } else if (status.state === 'error') {
    text = t('saveFailed', { message: status.message });
    tone = 'error';
  }
  return (
    <p className={`save-status tone-${tone}`} role="status" aria-live="polite" data-state={status.state}>
      {text}
    </p>
  );
}
