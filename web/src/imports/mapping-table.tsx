import { TARGET_FIELDS } from '../../../src/imports/targets.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { MessageKey } from '../i18n/en.js';
import type { ColumnSpecView, MappingView } from './import-api.js';

const TIME_TRANSFORMS = ['', 'epoch_us', 'epoch_ms', 'epoch_s'] as const;
const ZONES = [
  'UTC',
  'Europe/Helsinki',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Berlin',
  'Europe/London',
];

const specOf = (s: string | ColumnSpecView | undefined): ColumnSpecView | undefined =>
  s === undefined ? undefined : typeof s === 'string' ? { column: s } : s;

/** The column-mapping step: for each field of the kind, the file column that fills it. */
export function MappingTable({
  mapping,
  headers,
  onChange,
}: {
  mapping: MappingView;
  headers: string[];
  onChange: (m: MappingView) => void;
}) {
  const { t } = useI18n();
  const fields = TARGET_FIELDS[mapping.kind];

  function setColumn(field: string, column: string) {
    const columns = { ...mapping.columns };
    const old = specOf(columns[field]);
    if (column === '') delete columns[field];
    else columns[field] = old?.transform ? { ...old, column } : column;
    onChange({ ...mapping, columns });
  }
  function setTransform(field: string, transform: string) {
    const old = specOf(mapping.columns[field]);
    if (!old) return;
    const { transform: _drop, ...rest } = old;
    const next = transform ? { ...rest, transform } : rest.values ? rest : rest.column;
    onChange({ ...mapping, columns: { ...mapping.columns, [field]: next } });
  }

  return (
    <div className="imp-mapping">
      <table className="table">
        <caption className="visually-hidden">{t('impMappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('impField')}</th>
            <th scope="col">{t('impColumn')}</th>
            <th scope="col">{t('impReadAs')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const spec = specOf(mapping.columns[f.field]);
            const id = `imp-col-${f.field}`;
            return (
              <tr key={f.field}>
                <th scope="row">
                  <label htmlFor={id}>
                    {t(`impField_${f.field}` as MessageKey)}
                    {f.required && <span aria-hidden="true"> *</span>}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={spec?.column ?? ''}
                    aria-required={f.required ? true : undefined}
                    onChange={(e) => setColumn(f.field, e.target.value)}
                  >
                    <option value="">{t('impNotMapped')}</option>
                    {spec && !headers.includes(spec.column) && (
                      <option value={spec.column}>{spec.column}</option>
                    )}
                    {headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {f.type === 'time' && spec ? (
                    <select
                      aria-label={t('impReadAsFor', { field: t(`impField_${f.field}` as MessageKey) })}
                      value={spec.transform ?? ''}
                      onChange={(e) => setTransform(f.field, e.target.value)}
                    >
                      {TIME_TRANSFORMS.map((x) => (
                        <option key={x} value={x}>
                          {t(x ? (`impTransform_${x}` as MessageKey) : 'impTransform_auto')}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="inline-form">
        <label>
          {t('impTouchpointForAll')}
          <input
            value={mapping.constants.touchpoint ?? ''}
            placeholder="customer-service"
            onChange={(e) => {
              const { touchpoint: _old, ...constants } = mapping.constants;
              const v = e.target.value.trim();
              onChange({ ...mapping, constants: v ? { ...constants, touchpoint: v } : constants });
            }}
          />
        </label>
        <label>
          {t('impTimezone')}
          <select
            value={mapping.timezone}
            onChange={(e) => onChange({ ...mapping, timezone: e.target.value })}
          >
            {(ZONES.includes(mapping.timezone) ? ZONES : [mapping.timezone, ...ZONES]).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
      </div>
      {headers.length > 0 && (
        <fieldset className="imp-properties">
          <legend>{t('impKeepAsProperties')}</legend>
          {headers.map((h) => (
            <label key={h} className="checkbox">
              <input
                type="checkbox"
                checked={mapping.properties.includes(h)}
                onChange={(e) =>
                  onChange({
                    ...mapping,
                    properties: e.target.checked
                      ? [...mapping.properties, h]
                      : mapping.properties.filter((p) => p !== h),
                  })
                }
              />
              {h}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
