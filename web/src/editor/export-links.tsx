import { useId, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';

const SIZES = ['A3', 'A2', 'A1', 'A0'] as const;

/** Plain download links to the export endpoint, with a paper size for SVG and PDF. */
export function ExportLinks({
  href,
}: {
  href: (format: 'json' | 'svg' | 'pdf', size: string) => string | null;
}) {
  const { t } = useI18n();
  const [size, setSize] = useState<string>('A3');
  const id = useId();
  const json = href('json', size);
  return (
    <fieldset className="export-links">
      <legend>{t('export')}</legend>
      <label htmlFor={id}>{t('paperSize')}</label>
      <select id={id} value={size} onChange={(e) => setSize(e.target.value)}>
        {SIZES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      {json && (
        <a className="button" href={json} download>
          {t('exportJson')}
        </a>
      )}
      <a className="button" href={href('svg', size) ?? '#'} download>
        {t('exportSvg')}
      </a>
      <a className="button" href={href('pdf', size) ?? '#'} download>
        {t('exportPdf')}
      </a>
    </fieldset>
  );
}
