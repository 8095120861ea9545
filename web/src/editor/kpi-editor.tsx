import type { Kpi } from '../../../src/domain/journey/journey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { NumberRow, SelectRow, TextRow } from './panel-fields.js';

interface Props {
  kpis: Kpi[];
  readOnly: boolean;
  onChange: (kpis: Kpi[]) => void;
}

export function KpiEditor({ kpis, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const set = (index: number, fields: Partial<Kpi>) =>
    onChange(kpis.map((k, i) => (i === index ? { ...k, ...fields } : k)));
  return (
    <fieldset className="kpi-editor">
      <legend>{t('kpis')}</legend>
      {kpis.map((k, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: KPIs have no ids; their order is their identity
        <div key={i} className="kpi-row">
          <TextRow
            label={t('kpiName')}
            value={k.name}
            required
            readOnly={readOnly}
            onCommit={(v) => set(i, { name: v })}
          />
          <NumberRow
            label={t('kpiTarget')}
            value={k.target}
            min={-1e12}
            max={1e12}
            step={0.01}
            nullable
            readOnly={readOnly}
            onCommit={(v) => set(i, { target: v })}
          />
          <TextRow
            label={t('kpiUnit')}
            value={k.unit}
            readOnly={readOnly}
            onCommit={(v) => set(i, { unit: v })}
          />
          <SelectRow
            label={t('kpiDirection')}
            value={k.direction}
            readOnly={readOnly}
            options={[
              { value: 'higher', label: t('direction_higher') },
              { value: 'lower', label: t('direction_lower') },
            ]}
            onChange={(v) => set(i, { direction: v })}
          />
          {!readOnly && (
            <button type="button" onClick={() => onChange(kpis.filter((_, j) => j !== i))}>
              {t('removeKpi', { name: k.name })}
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          onClick={() => onChange([...kpis, { name: 'KPI', target: null, unit: '', direction: 'higher' }])}
        >
          + {t('addKpi')}
        </button>
      )}
    </fieldset>
  );
}
