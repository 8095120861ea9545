import { useHistoryState } from '../hooks/use-history-state.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { EditorController } from './editor-controller.js';

export function UndoButtons({ controller }: { controller: EditorController }) {
  const { t } = useI18n();
  const { canUndo, canRedo } = useHistoryState(controller.history);
  return (
    <div className="button-group">
      <button
        type="button"
        onClick={() => controller.undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
      >
        ↶ {t('undo')}
      </button>
      <button
        type="button"
        onClick={() => controller.redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        ↷ {t('redo')}
      </button>
    </div>
  );
}
