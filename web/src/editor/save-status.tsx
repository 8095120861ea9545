import { useI18n } from '../hooks/use-i18n.js';
import { useSaveStatus } from '../hooks/use-save-status.js';
import type { EditorController } from './editor-controller.js';

/** The live region that tells everyone (screen readers too) whether edits are saved. */
export function SaveStatus({ controller }: { controller: EditorController }) {
  const { t } = useI18n();
  const status = useSaveStatus(controller);
  let text = '';
  let tone = 'ok';
  switch (status.state) {
    case 'saving':
      text = t('saving');
      break;
    case 'saved':
      text = t('saved');
      break;
    case 'conflict':
      text = t('conflict', { what: status.what });
      tone = 'warn';
      break;
    case 'error':
      text = t('saveFailed', { message: status.message });
      tone = 'error';
      break;
    case 'remote':
      text = t('reloaded');
      break;
  }
  return (
    <p className={`save-status tone-${tone}`} role="status" aria-live="polite" data-state={status.state}>
      {text}
    </p>
  );
}
