import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { userInfo } from 'node:os';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import type { Config } from '../config/env.js';
import { builtinName } from '../imports/builtin-mappings.js';
import { mappingName, recordImportRun } from '../imports/import-runs.js';
import { describeMappingIssues, Mapping } from '../imports/mapping.js';
import { RemoteIngestError, remoteIngestor } from '../imports/remote-ingestor.js';
import {
  type ImportProgress,
  type ImportReport,
  ImportSetupError,
  type MappingChoice,
  runImport,
} from '../imports/run-import.js';
import { IMPORT_FORMATS, IMPORT_KINDS, type ImportFormat, type ImportKind } from '../imports/targets.js';
import { isTimeZone } from '../imports/values.js';
import { createIngestor } from '../ingest/create-ingestor.js';
import type { Ingestor } from '../ingest/ingestor.js';
import { openStores, type Stores } from '../server/stores.js';
import { CliError, parseOptions } from './cli-error.js';

const Options = z
  .object({
    as: z.enum(IMPORT_KINDS).optional(),
    mapping: z.string().min(1).optional(),
    format: z.enum(IMPORT_FORMATS).optional(),
    workspace: z.string().min(1).optional(),
    dryRun: z.boolean().optional(),
    touchpoint: z.string().trim().min(1).max(80).optional(),
    timezone: z.string().refine(isTimeZone, 'is not a known time zone (e.g. Europe/Helsinki)').optional(),
    url: z.url().optional(),
    key: z.string().min(8).optional(),
  })
  .refine((o) => (o.url === undefined) === (o.key === undefined), {
    path: ['key'],
    message: '--url and --key go together (the server URL and an ingest key)',
  });
type Options = z.infer<typeof Options>;

const fmt = (n: number) => n.toLocaleString('en-US');
const SHOWN_ERRORS = 20;
const PREVIEW_ROWS = 10;

function formatOf(file: string, o: Options, mapping: MappingChoice): ImportFormat {
  if (o.format) return o.format;
  if (typeof mapping !== 'string' && mapping.format) return mapping.format;
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return 'csv';
}

/** The mapping: a built-in's name, or a mapping file (validated, each problem named). */
function loadMapping(o: Options): MappingChoice {
  if (!o.mapping) {
    if (!o.as)
      throw new CliError('--as: say what the file holds (events, tickets or responses), or give --mapping');
    return 'auto';
  }
  if (builtinName(o.mapping) && !existsSync(o.mapping)) return o.mapping;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(o.mapping, 'utf8'));
  } catch (err) {
    throw new CliError(
      existsSync(o.mapping)
        ? `--mapping: ${o.mapping} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`
        : `--mapping: no file ${o.mapping}, and not a built-in mapping (web-analytics or ga4, tickets, survey-export, orders)`,
    );
  }
  const withKind =
    json && typeof json === 'object' && !Array.isArray(json) && !('kind' in json) && o.as
      ? { ...json, kind: o.as }
      : json;
  const parsed = Mapping.safeParse(withKind);
  if (!parsed.success)
    throw new CliError(
      `--mapping: ${o.mapping} is not a valid mapping (see docs/import-mapping.md):\n${describeMappingIssues(
        parsed.error,
      )
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  return parsed.data;
}

async function openLocal(config: Config): Promise<Stores> {
  try {
    return await openStores(config);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/in use by another Polku process|lock/i.test(message))
      throw new CliError(
        `the event store in ${config.dataDir} is in use (is the Polku server running?). Stop the server, or send the import through it: --url <polku url> --key <ingest key> (an API key with scope ingest, from the workspace settings)`,
      );
    throw err;
  }
}

async function pickWorkspace(
  stores: Stores,
  wanted: string | undefined,
  dataDir: string,
): Promise<{ id: string; name: string }> {
  const all = await stores.db.selectFrom('workspaces').select(['id', 'name']).orderBy('createdAt').execute();
  if (wanted) {
    const ws = all.find((w) => w.id === wanted);
    if (!ws) throw new CliError(`--workspace: no workspace ${wanted}`);
    return ws;
  }
  if (all.length === 1) return all[0] as { id: string; name: string };
  if (all.length === 0)
    throw new CliError(
      `no workspace in ${dataDir}: run the command where the server keeps its data (POLKU_DATA_DIR), or run \`polku serve\` once first`,
    );
  throw new CliError(
    `--workspace: there are ${all.length} workspaces; name one:\n${all.map((w) => `  ${w.id}  ${w.name}`).join('\n')}`,
  );
}

/** Progress on stderr: a bar with rows/s on a terminal, a line every few seconds otherwise. */
function progressReporter(totalBytes: number | undefined) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: totalBytes
          ? 'importing |{bar}| {percentage}% | {rows} rows | {speed} rows/s | {rejected} rejected'
          : 'importing {rows} rows | {speed} rows/s | {rejected} rejected',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      },
      undefined,
    );
    bar.start(totalBytes ?? 0, 0, { rows: '0', speed: '0', rejected: '0' });
    return {
      update(p: ImportProgress) {
        bar.update(totalBytes ? p.bytesRead : 0, {
          rows: fmt(p.rowsRead),
          speed: fmt(p.elapsedMs > 0 ? Math.round((p.rowsRead * 1000) / p.elapsedMs) : 0),
          rejected: fmt(p.rejected),
        });
      },
      stop: () => bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update(p: ImportProgress) {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      const pct = totalBytes ? ` (${Math.floor((100 * p.bytesRead) / totalBytes)} %)` : '';
      console.error(
        `polku: ${fmt(p.rowsRead)} rows read${pct}, ${fmt(p.stored)} stored, ${fmt(p.rejected)} rejected, ${fmt(
          p.elapsedMs > 0 ? Math.round((p.rowsRead * 1000) / p.elapsedMs) : 0,
        )} rows/s`,
      );
    },
    stop() {},
  };
}

function printReport(r: ImportReport, file: string, rejectedFile: string | undefined, where: string) {
  const lines: string[] = [];
  if (r.errors.length > 0) {
    lines.push(`rejected rows${r.rowsRejected > SHOWN_ERRORS ? ` (the first ${SHOWN_ERRORS})` : ''}:`);
    for (const e of r.errors.slice(0, SHOWN_ERRORS)) lines.push(`  line ${e.line}, ${e.field}: ${e.reason}`);
  }
  if (r.dryRun) {
    lines.push(
      `dry run: the first ${Math.min(PREVIEW_ROWS, r.preview.length)} rows as they would be stored:`,
    );
    for (const p of r.preview) {
      const { workspaceId: _w, receivedAt: _r, source: _s, ...row } = p.row;
      lines.push(`  line ${p.line} ${p.kind}: ${JSON.stringify(row)}`);
    }
  }
  const verb = r.dryRun ? 'checked' : 'imported';
  lines.push(
    `polku: ${verb} ${file} into ${where} as ${r.kind}${r.dryRun ? ' (dry run: nothing stored)' : ''}`,
  );
  lines.push(`  read        ${fmt(r.rowsRead)} rows`);
  if (r.dryRun) lines.push(`  would store ${fmt(r.wouldStore)} (new or already stored)`);
  else {
    lines.push(
      `  stored      ${fmt(r.stored)} (${fmt(r.storedEvents)} events, ${fmt(r.storedResponses)} responses)`,
    );
    lines.push(`  duplicates  ${fmt(r.duplicates)} (stored by an earlier run)`);
  }
  lines.push(
    `  rejected    ${fmt(r.rowsRejected)} rows${rejectedFile ? `, all listed in ${rejectedFile}` : ''}`,
  );
  lines.push(`  time        ${(r.elapsedMs / 1000).toFixed(1)} s, ${fmt(r.rowsPerSecond)} rows/s`);
  console.log(lines.join('\n'));
}

export async function importCommand(config: Config, file: string, raw: unknown): Promise<void> {
  const o = parseOptions(Options, raw);
  const mapping = loadMapping(o);
  const format = formatOf(file, o, mapping);
  const stdin = file === '-';
  if (!stdin && !existsSync(file)) throw new CliError(`${file}: no such file`);
  const totalBytes = stdin ? undefined : statSync(file).size;

  let stores: Stores | undefined;
  let ingestor: Ingestor;
  let workspaceId = '';
  let where: string;
  if (o.url && o.key) {
    ingestor = remoteIngestor(o.url, o.key);
    where = o.url;
  } else {
    stores = await openLocal(config);
    const ws = await pickWorkspace(stores, o.workspace, config.dataDir).catch(async (err) => {
      await stores?.close();
      throw err;
    });
    workspaceId = ws.id;
    where = `${ws.name} (${ws.id})`;
    ingestor = createIngestor({ db: stores.db, events: stores.events });
  }

  const rejectedPath = `${stdin ? 'import' : file}.rejected.jsonl`;
  let rejectedOut: WriteStream | undefined;
  const progress = progressReporter(totalBytes);
  const input: Readable = stdin ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  let report: ImportReport;
  const startedAt = new Date().toISOString();
  try {
    report = await runImport({
      ingestor,
      workspaceId,
      input,
      ...(stdin ? {} : { path: file }),
      format,
      ...(o.as ? { kind: o.as as ImportKind } : {}),
      mapping,
      overrides: {
        ...(o.touchpoint ? { touchpoint: o.touchpoint } : {}),
        ...(o.timezone ? { timezone: o.timezone } : {}),
      },
      dryRun: o.dryRun ?? false,
      previewRows: PREVIEW_ROWS,
      keepErrors: SHOWN_ERRORS,
      onProgress: (p) => progress.update(p),
      onRejected: async (rows) => {
        if (o.dryRun) return;
        rejectedOut ??= createWriteStream(rejectedPath);
        const out = rejectedOut;
        const text = `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
        if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      },
    });
    await ingestor.flush();
    if (stores && !report.dryRun)
      await recordImportRun(
        stores.db,
        {
          workspaceId,
          source: 'cli',
          actor: osUser(),
          fileName: stdin ? 'standard input' : basename(file),
          mappingName: mappingName(mapping),
          startedAt,
          finishedAt: new Date().toISOString(),
        },
        report,
      );
  } catch (err) {
    if (err instanceof ImportSetupError)
      throw new CliError(`${file}: cannot import:\n${err.problems.map((p) => `  ${p}`).join('\n')}`);
    if (err instanceof RemoteIngestError) throw new CliError(err.message);
    throw err;
  } finally {
    progress.stop();
    if (!stdin) input.destroy();
    const out = rejectedOut;
    if (out) await new Promise((resolve) => out.end(resolve));
    await stores?.close();
  }
  if (!rejectedOut && !o.dryRun && existsSync(rejectedPath)) rmSync(rejectedPath);
  printReport(
    report,
    stdin ? 'standard input' : basename(file),
    rejectedOut ? rejectedPath : undefined,
    where,
  );
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'cli';
  }
}
