import { byPosition } from '../../../src/domain/journey/positions.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { EditorController } from './editor-controller.js';
import { CUSTOM_LANE_KIND } from './vocab.js';

export function AddLaneButton({ controller }: { controller: EditorController }) {
  const { t } = useI18n();
  async function add() {
    const lanes = [...(controller.map?.lanes ?? [])].sort(byPosition);
    await controller.create('lanes', {
      kind: CUSTOM_LANE_KIND,
      name: t('newLaneName'),
      position: (lanes.at(-1)?.position ?? 0) + 1000,
    });
  }
  return (
    <button type="button" onClick={add}>
      + {t('addLane')}
    </button>
  );
}
