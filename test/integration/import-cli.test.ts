import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens.js';
import { listImportRuns } from '../../src/imports/import-runs.js';
import { insertApiKey } from '../../src/store/meta/access.repository.js';
import { openMetaDb } from '../../src/store/meta/db.js';
import { startServer } from '../e2e/support/server.js';

/** `polku import`, spawned as the real CLI (node bin/polku.js, built) against a temp data dir. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'imports');
let dir: string;
let data: string;

function polku(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'polku.js'), '--data-dir', data, ...args], {
      cwd: dir,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

async function query(sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(join(data, 'events.duckdb'));
  try {
    const conn = await instance.connect();
    const rows = (await conn.runAndReadAll(sql)).getRowsJS();
    conn.closeSync();
    return rows;
  } finally {
    instance.closeSync();
  }
}

/** The report without the timing line (its numbers vary). */
const withoutTime = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .filter((l) => !l.startsWith('  time '))
    .join('\n');

let workspaceId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polku-import-cli-'));
  data = join(dir, 'data');
  copyFileSync(join(fixtures, 'tickets.csv'), join(dir, 'tickets.csv'));
  copyFileSync(join(fixtures, 'survey.csv'), join(dir, 'survey.csv'));
  expect((await polku('user', 'add', '--email', 'a@b.fi', '--password', 'long-password-1')).code).toBe(0);
  const demo = await polku('demo', '--customers', '20', '--months', '1');
  workspaceId = /demo workspace (ws_\w+)/.exec(demo.out)?.[1] ?? '';
  expect(workspaceId).not.toBe('');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TICKET_ERRORS = [
  'rejected rows:',
  '  line 5, Created at: "yesterday" is not a date/time (use ISO 8601 (2026-05-04T10:00:00Z, 2026-05-04 10:00), d.m.yyyy hh.mm, or an epoch transform)',
  '  line 6, Resolved at: is before the ticket was created',
  '  line 8, (row): has 5 columns; the header has 8',
  '  line 9, Satisfaction: "meh" is not a rating: use 1–5 or good/bad, or map other values in the mapping\'s "values"',
];

describe('polku import', () => {
  it('imports a ticket CSV: each broken row by line, field and reason; the good rows stored', async () => {
    const run = await polku(
      'import',
      'tickets.csv',
      '--as',
      'tickets',
      '--mapping',
      'tickets',
      '--touchpoint',
      'customer-service-phone',
    );
    expect(run.code).toBe(0);
    expect(withoutTime(run.out)).toBe(
      [
        ...TICKET_ERRORS,
        `polku: imported tickets.csv into Demo (seed 1) (${workspaceId}) as tickets`,
        '  read        8 rows',
        '  stored      10 (7 events, 3 responses)',
        '  duplicates  0 (stored by an earlier run)',
        '  rejected    4 rows, all listed in tickets.csv.rejected.jsonl',
      ].join('\n'),
    );
    expect(run.out).toMatch(/\n {2}time {8}\d+\.\d s, [\d,]+ rows\/s\n$/);
    const rejected = readFileSync(join(dir, 'tickets.csv.rejected.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejected.map((r) => [r.line, r.field])).toEqual([
      [5, 'Created at'],
      [6, 'Resolved at'],
      [8, '(row)'],
      [9, 'Satisfaction'],
    ]);
    expect(rejected[0].record).toEqual({
      'Ticket ID': '1003',
      'Created at': 'yesterday',
      'Resolved at': '',
      Channel: 'chat',
      Subject: 'Invoice question',
      Description: 'Need a copy of the invoice',
      Satisfaction: '',
      Status: 'open',
    });

    expect(
      await query(
        `SELECT id, name, strftime(ts, '%Y-%m-%d %H:%M'), channel, touchpoint_key, json_extract_string(properties, '$.subject')
         FROM events WHERE source = 'import' ORDER BY id`,
      ),
    ).toEqual([
      [
        'tk_1001.opened',
        'ticket_opened',
        '2026-05-04 09:15',
        'email',
        'customer-service-phone',
        'Where is my parcel?',
      ],
      ['tk_1001.resolved', 'ticket_resolved', '2026-05-04 11:45', 'email', 'customer-service-phone', null],
      [
        'tk_1002.opened',
        'ticket_opened',
        '2026-05-04 10:20',
        'phone',
        'customer-service-phone',
        'Wrong colour delivered',
      ],
      [
        'tk_1005.opened',
        'ticket_opened',
        '2026-05-05 12:00',
        'chat',
        'customer-service-phone',
        '<script>alert(1)</script>',
      ],
      ['tk_1005.resolved', 'ticket_resolved', '2026-05-06 09:30', 'chat', 'customer-service-phone', null],
      ['tk_1008.opened', 'ticket_opened', '2026-05-08 10:00', 'phone', 'customer-service-phone', 'Thanks'],
      ['tk_1008.resolved', 'ticket_resolved', '2026-05-08 12:00', 'phone', 'customer-service-phone', null],
    ]);
    expect(
      await query(
        `SELECT id, csat, level, touchpoint_id IS NOT NULL FROM responses WHERE source = 'import' ORDER BY id`,
      ),
    ).toEqual([
      ['tk_1001.csat', 5, 'touchpoint', true],
      ['tk_1005.csat', 4, 'touchpoint', true],
      ['tk_1008.csat', 5, 'touchpoint', true],
    ]);
  }, 30_000);

  it('running the same import again stores nothing new', async () => {
    const run = await polku(
      'import',
      'tickets.csv',
      '--as',
      'tickets',
      '--touchpoint',
      'customer-service-phone',
    );
    expect(withoutTime(run.out).split('\n').slice(-4)).toEqual([
      '  read        8 rows',
      '  stored      0 (0 events, 0 responses)',
      '  duplicates  10 (stored by an earlier run)',
      '  rejected    4 rows, all listed in tickets.csv.rejected.jsonl',
    ]);
    expect(await query(`SELECT count(*)::INTEGER FROM events WHERE source = 'import'`)).toEqual([[7]]);
    const db = openMetaDb(join(data, 'polku.sqlite'));
    const runs = await listImportRuns(db, workspaceId, 10);
    await db.destroy();
    expect(
      runs.map((r) => [
        r.source,
        r.fileName,
        r.mappingName,
        r.rowsRead,
        r.stored,
        r.duplicates,
        r.rowsRejected,
      ]),
    ).toEqual([
      ['cli', 'tickets.csv', 'auto', 8, 0, 10, 4],
      ['cli', 'tickets.csv', 'tickets', 8, 10, 0, 4],
    ]);
  }, 30_000);

  it('--dry-run shows the rows as they would be stored and the errors, and stores nothing', async () => {
    const run = await polku(
      'import',
      'survey.csv',
      '--mapping',
      'survey-export',
      '--timezone',
      'Europe/Helsinki',
      '--dry-run',
    );
    expect(run.code).toBe(0);
    const lines = withoutTime(run.out).split('\n');
    expect(lines[0]).toBe('rejected rows:');
    expect(lines[1]).toBe('  line 4, Score: Too big: expected number to be <=10');
    expect(lines[2]).toBe('dry run: the first 2 rows as they would be stored:');
    expect(JSON.parse(lines[3]!.replace(/^ {2}line 2 response: /, ''))).toMatchObject({
      id: 'r-1',
      ts: '2026-05-04T07:00:00.000Z',
      level: 'touchpoint',
      nps: 9,
      comment: 'Nopea toimitus',
    });
    expect(lines.slice(5)).toEqual([
      `polku: checked survey.csv into Demo (seed 1) (${workspaceId}) as responses (dry run: nothing stored)`,
      '  read        3 rows',
      '  would store 2 (new or already stored)',
      '  rejected    1 rows',
    ]);
    expect(existsSync(join(dir, 'survey.csv.rejected.jsonl'))).toBe(false);
    expect(await query(`SELECT count(*)::INTEGER FROM responses WHERE id LIKE 'r-%'`)).toEqual([[0]]);
  }, 30_000);

  it('names a bad mapping file field by field', async () => {
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ kind: 'events', columns: { when: 'Created at' } }));
    const run = await polku('import', 'tickets.csv', '--mapping', 'map.json');
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'polku: --mapping: map.json is not a valid mapping (see docs/import-mapping.md):\n  columns.when: is not a field of events (one of: name, timestamp, customerId, sessionId, touchpoint, channel, value, url, id)\n',
    );
  }, 30_000);

  it('while the server runs: a clear message, and --url/--key sends through its ingest API', async () => {
    const secret = 'pk_ingest_cli_test_secret_0001';
    const db = openMetaDb(join(data, 'polku.sqlite'));
    await insertApiKey(db, {
      id: 'ak_cli',
      workspaceId,
      name: 'cli',
      scope: 'ingest',
      prefix: secret.slice(0, 8),
      secretHash: hashToken(secret),
      createdBy: 'test',
      createdAt: new Date().toISOString(),
    });
    await db.destroy();
    const server = await startServer({ dataDir: data });
    try {
      const locked = await polku('import', 'survey.csv', '--mapping', 'survey-export');
      expect(locked.code).toBe(2);
      expect(locked.err).toContain(
        'is in use (is the Polku server running?). Stop the server, or send the import through it: --url <polku url> --key <ingest key>',
      );
      const remote = await polku(
        'import',
        'survey.csv',
        '--mapping',
        'survey-export',
        '--url',
        server.url,
        '--key',
        secret,
      );
      expect(remote.code).toBe(0);
      expect(withoutTime(remote.out)).toBe(
        [
          'rejected rows:',
          '  line 4, Score: Too big: expected number to be <=10',
          `polku: imported survey.csv into ${server.url} as responses`,
          '  read        3 rows',
          '  stored      2 (0 events, 2 responses)',
          '  duplicates  0 (stored by an earlier run)',
          '  rejected    1 rows, all listed in survey.csv.rejected.jsonl',
        ].join('\n'),
      );
      const bad = await polku(
        'import',
        'survey.csv',
        '--mapping',
        'survey-export',
        '--url',
        server.url,
        '--key',
        'pk_wrong_key_123',
      );
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/answered 401: invalid or revoked API key/);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
