import { byPosition } from '../../../src/domain/journey/positions.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';

export function AddStageButton() {
  const { t } = useI18n();
  const { controller } = useEditorEnv();
  async function add() {
    if (!controller?.map) return;
    const last = [...controller.map.stages].sort(byPosition).at(-1);
    const stage = await controller.create('stages', {
      name: t('newStageName'),
      position: (last?.position ?? 0) + 1000,
    });
    if (stage) focusSoon(`stage-name-${stage.id}`);
  }
  return (
    <button type="button" className="add-button" onClick={add}>
      + {t('addStage')}
    </button>
  );
}
