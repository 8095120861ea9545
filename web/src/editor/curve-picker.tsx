import { useId } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Persona } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  personas: Persona[];
  active: string | null;
  onChange: (personaId: string | null) => void;
}

/** Which curve the emotion lane's points edit: the team's hypothesis or one persona's. */
export function CurvePicker({ personas, active, onChange }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <span className="curve-picker">
      <label htmlFor={id}>{t('activeCurve')}</label>
      <select id={id} value={active ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('teamCurve')}</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {localized(p, 'name', lang)}
          </option>
        ))}
      </select>
    </span>
  );
}
