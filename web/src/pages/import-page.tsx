import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { Link } from 'wouter';
import { BUILTIN_MAPPINGS, IMPORT_KINDS, type ImportKind } from '../../../src/imports/targets.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useSession } from '../hooks/use-session.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import type { MessageKey } from '../i18n/en.js';
import {
  formatOf,
  headOf,
  ImportApiError,
  type ImportReportView,
  type MappingView,
  uploadImport,
} from '../imports/import-api.js';
import { ImportHistory, importRunsKey } from '../imports/import-history.js';
import { ImportResult } from '../imports/import-result.js';
import { MappingTable } from '../imports/mapping-table.js';

const BUILTIN_KIND: Record<(typeof BUILTIN_MAPPINGS)[number], ImportKind> = {
  'web-analytics': 'events',
  orders: 'events',
  tickets: 'tickets',
  'survey-export': 'responses',
};

/** Import a CSV or JSON-lines file: choose it, map its columns, check it (dry run), import it. */
export function ImportPage({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  useDocumentTitle(t('importsPageTitle'));
  const role = useWorkspaceRole(workspaceId);
  const session = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind>('tickets');
  const [preset, setPreset] = useState<string>('auto');
  const [mapping, setMapping] = useState<MappingView | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [check, setCheck] = useState<ImportReportView | null>(null);
  const [result, setResult] = useState<ImportReportView | null>(null);
  const [busy, setBusy] = useState<'' | 'check' | 'import'>('');
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  const csrfToken = session.data?.csrfToken ?? '';
  const n = (x: number) => x.toLocaleString(lang === 'fi' ? 'fi-FI' : 'en-GB');

  function choose(f: File | null) {
    setFile(f);
    setMapping(null);
    setHeaders([]);
    setCheck(null);
    setResult(null);
    setError('');
    if (f) void runCheck(f, preset, null);
  }

  async function runCheck(f: File, choice: string, m: MappingView | null, k: ImportKind = kind) {
    setBusy('check');
    setError('');
    setResult(null);
    try {
      const report = await uploadImport({
        workspaceId,
        body: await headOf(f),
        kind: k,
        format: formatOf(f.name),
        mapping: m ?? choice,
        dryRun: true,
        csrfToken,
      });
      setCheck(report);
      setMapping(report.mapping);
      setHeaders(report.headers);
    } catch (err) {
      setCheck(null);
      setError(describe(err));
    } finally {
      setBusy('');
    }
  }

  async function runImport() {
    if (!file || !mapping) return;
    setBusy('import');
    setError('');
    try {
      setResult(
        await uploadImport({
          workspaceId,
          body: file,
          kind,
          format: formatOf(file.name),
          mapping,
          dryRun: false,
          csrfToken,
          fileName: file.name,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: importRunsKey(workspaceId) });
    } catch (err) {
      setError(describe(err));
    } finally {
      setBusy('');
    }
  }

  function describe(err: unknown): string {
    if (err instanceof ImportApiError && err.issues.length > 0)
      return err.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    return err instanceof Error ? err.message : String(err);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) choose(f);
  }

  function changeKind(k: ImportKind) {
    setKind(k);
    const p = preset !== 'auto' && BUILTIN_KIND[preset as keyof typeof BUILTIN_KIND] !== k ? 'auto' : preset;
    setPreset(p);
    setMapping(null);
    setCheck(null);
    if (file) void runCheck(file, p, null, k);
  }

  const canEdit = role === 'owner' || role === 'editor';
  return (
    <div className="page imp-page">
      <div className="row-between">
        <h1>{t('importsPageTitle')}</h1>
        <Link href={`/w/${workspaceId}/data`}>{t('impBackToData')}</Link>
      </div>
      <p>{t('impIntro')}</p>
      {role && !canEdit ? (
        <p role="alert">{t('impNeedsEdit')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="imp-file-heading">
            <h2 id="imp-file-heading">{t('impStepFile')}</h2>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the file input inside is the keyboard way */}
            <div
              className={`imp-drop${dragging ? ' imp-drop-active' : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              data-testid="import-drop"
            >
              <p>{t('impDropHere')}</p>
              <label>
                {t('impChooseFile')}
                <input
                  type="file"
                  accept=".csv,.tsv,.txt,.jsonl,.ndjson,.json,text/csv"
                  onChange={(e) => choose(e.target.files?.[0] ?? null)}
                />
              </label>
              {file && (
                <p className="hint" data-testid="import-file">
                  {t('impChosen', { name: file.name, size: n(Math.ceil(file.size / 1024)) })}
                </p>
              )}
            </div>
            <div className="inline-form">
              <label>
                {t('impKind')}
                <select value={kind} onChange={(e) => changeKind(e.target.value as ImportKind)}>
                  {IMPORT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`impKind_${k}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('impMapping')}
                <select
                  value={preset}
                  onChange={(e) => {
                    setPreset(e.target.value);
                    if (file) void runCheck(file, e.target.value, null);
                  }}
                >
                  <option value="auto">{t('impMappingAuto')}</option>
                  {BUILTIN_MAPPINGS.filter((b) => BUILTIN_KIND[b] === kind).map((b) => (
                    <option key={b} value={b}>
                      {t(`impBuiltin_${b}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </section>

          {mapping && (
            <section className="panel" aria-labelledby="imp-map-heading">
              <h2 id="imp-map-heading">{t('impStepMapping')}</h2>
              <p className="hint">{t('impMappingHint')}</p>
              <MappingTable mapping={mapping} headers={headers} onChange={setMapping} />
              <div className="imp-actions">
                <button
                  type="button"
                  disabled={!file || busy !== ''}
                  onClick={() => file && void runCheck(file, preset, mapping)}
                >
                  {busy === 'check' ? t('impChecking') : t('impCheck')}
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={!file || busy !== ''}
                  onClick={() => void runImport()}
                >
                  {busy === 'import' ? t('impImporting') : t('impImport')}
                </button>
              </div>
            </section>
          )}
          <p role="status" className="status-line">
            {busy === 'check' ? t('impChecking') : busy === 'import' ? t('impImporting') : ''}
          </p>
          {error && (
            <p role="alert" className="imp-error">
              {error}
            </p>
          )}
          {result ? <ImportResult report={result} /> : check && <ImportResult report={check} />}
        </>
      )}
      {role && <ImportHistory workspaceId={workspaceId} />}
    </div>
  );
}
