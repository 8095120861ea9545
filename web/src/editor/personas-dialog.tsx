import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import { byPosition } from '../../../src/domain/journey/positions.js';
import type { Persona } from '../api/types.js';
import { Modal } from '../components/modal.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';
import { TextRow } from './panel-fields.js';

interface Props {
  personas: Persona[];
  active: string | null;
  onActivate: (id: string | null) => void;
  onClose: () => void;
}

const PALETTE = ['#1f6feb', '#b3261e', '#0b7a3e', '#8250df', '#b35900', '#00729c'];

export function PersonasDialog({ personas, active, onActivate, onClose }: Props) {
  const { t } = useI18n();
  const { controller, readOnly, lang, journeyLanguage } = useEditorEnv();
  const sorted = [...personas].sort(byPosition);

  async function add() {
    const p = await controller?.create('personas', {
      name: t('newPersonaName'),
      color: PALETTE[personas.length % PALETTE.length] ?? '#1f6feb',
    });
    if (p) onActivate(p.id);
  }

  return (
    <Modal title={t('personas')} onClose={onClose}>
      <fieldset className="curve-radios">
        <legend>{t('activeCurve')}</legend>
        <label>
          <input type="radio" name="curve" checked={active === null} onChange={() => onActivate(null)} />
          {t('teamCurve')}
        </label>
        {sorted.map((p) => (
          <label key={p.id}>
            <input type="radio" name="curve" checked={active === p.id} onChange={() => onActivate(p.id)} />
            <span className="swatch" style={{ background: p.color }} /> {localized(p, 'name', lang)}
          </label>
        ))}
      </fieldset>
      <ul className="persona-list">
        {sorted.map((p) => (
          <li key={p.id} className="persona-item">
            <TextRow
              label={t('name')}
              value={localized(p, 'name', lang)}
              required
              readOnly={readOnly}
              onCommit={(v) =>
                controller?.patch('personas', p.id, textEdit(p, 'name', v, lang, journeyLanguage))
              }
            />
            <TextRow
              label={t('description')}
              value={localized(p, 'description', lang)}
              multiline
              readOnly={readOnly}
              onCommit={(v) =>
                controller?.patch('personas', p.id, textEdit(p, 'description', v, lang, journeyLanguage))
              }
            />
            <div className="field">
              <label>
                {t('colour')}{' '}
                <input
                  type="color"
                  value={p.color}
                  disabled={readOnly}
                  onChange={(e) => controller?.patch('personas', p.id, { color: e.target.value })}
                />
              </label>
            </div>
            {!readOnly && (
              <button
                type="button"
                className="danger"
                onClick={() => {
                  if (active === p.id) onActivate(null);
                  void controller?.remove('personas', p.id);
                }}
              >
                {t('delete')}: {localized(p, 'name', lang)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" className="primary" onClick={add}>
          + {t('addPersona')}
        </button>
      )}
    </Modal>
  );
}
