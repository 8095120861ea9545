import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/journey/journey.schema.js';
import { Mapping } from '../../src/imports/mapping.js';
import {
  type ImportReport,
  type MappingChoice,
  type RejectedRow,
  runImport,
} from '../../src/imports/run-import.js';
import { createIngestor } from '../../src/ingest/create-ingestor.js';
import type { Ingestor } from '../../src/ingest/ingestor.js';
import { type EventStore, openEventStore } from '../../src/store/events/event-store.js';
import { updateWorkspaceSettings } from '../../src/store/meta/workspace-settings.repository.js';
import { type Actor, actor, addTouchpoint, newJourney, type TestApp, testApp } from '../support/test-app.js';

/**
 * The DuckDB-native CSV import (src/imports/sql-import.ts) must store exactly what the JS
 * path stores and reject exactly the same lines for the same reasons: the same file goes
 * through both into the same workspace (emptied in between) and everything is compared.
 */
let t: TestApp;
let anna: Actor;
let map: JourneyMap;
/** The store itself (the app's context wraps it for live notices), as `polku import` opens it. */
let events: EventStore;
let ingestor: Ingestor;

const US = (iso: string) => String(Date.parse(iso) * 1000);
const HEADER =
  'event_name,event_timestamp,user_pseudo_id,page_location,ga_session_id,channel,touchpoint,page_title';
/** Lines 2 … : good rows of every shape and broken rows of every kind. */
const ROWS = [
  `page_view,${US('2026-03-01T10:00:00Z')},c1,https://kotivari.example/,s1,web,checkout,Etusivu`,
  `page_view,${US('2026-03-01T10:00:01Z')},c2,https://kotivari.example/ostoskori?x=1,s1,,,Ostoskori – ä`,
  `add_to_cart,${US('2026-03-01T10:00:02Z')}, c1 ,https://kotivari.example/ostoskori,s2,E-mail,,`,
  `page_view,${US('2026-03-01T10:00:03Z')},c3,https://kotivari.example/a\\b,s3,fax,,Faksi`,
  `,${US('2026-03-01T10:00:04Z')},c4,https://kotivari.example/,s4,web,,`,
  'page_view,,c5,https://kotivari.example/,s5,web,,',
  'page_view,1,2,3',
  '',
  'page_view,abc,c6,https://kotivari.example/,s6,web,,',
  'page_view,1.7725e15,c7,https://kotivari.example/,s7,web,,',
  `${'x'.repeat(90)},${US('2026-03-01T10:00:05Z')},c8,,s8,web,,`,
  `page_view,${US('1999-12-31T23:59:59Z')},c9,,s9,web,,`,
  `page_view,${US('2099-01-01T00:00:00Z')},c10,,s10,web,,`,
  `page_view,${US('2026-03-01T10:00:00Z')},c1,https://kotivari.example/,s1,web,checkout,Etusivu`,
  `page_view,${US('2026-03-01T10:00:06Z')},c11,https://kotivari.example/,s11,Web,nope,`,
  `page_view,${US('2026-03-01T10:00:07Z')},c12,https://kotivari.example/\ttab,s12,web,,`,
  `page_view,${US('2026-03-01T10:00:08Z')},c13,https://kotivari.example/\u00a0nbsp ,s13,,,`,
  `  purchase  ,  ${US('2026-03-01T10:00:09Z')}  ,c14,,,chat,,  Kiitos  `,
  `page_view,${US('2026-03-01T10:00:10Z')},${'c'.repeat(130)},,,,,`,
  `page_view,0${US('2026-03-01T10:00:11Z')},c15,,,,,`,
  '   ',
  `page_view,+${US('2026-03-01T10:00:12Z')},c16,,,,,`,
];

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  map = await newJourney(anna, 'Shop');
  await addTouchpoint(anna, map, 2, { name: 'Checkout', channel: 'web', key: 'checkout' });
  await addTouchpoint(anna, map, 2, { name: 'Cart', channel: 'app', key: 'cart' });
  await updateWorkspaceSettings(t.db, anna.workspaceId, {
    mappingRules: [{ touchpointKey: 'cart', urlPattern: '*/ostoskori*' }],
  });
  events = await openEventStore(join(t.dir, 'import.duckdb'), { memoryLimit: '256MB', threads: 1 });
  ingestor = createIngestor({ db: t.db, events });
});
afterAll(async () => {
  await events.close();
  await t.close();
});

async function importFile(path: string, sql: boolean, mapping: MappingChoice = 'web-analytics') {
  const rejected: RejectedRow[] = [];
  const report = await runImport({
    ingestor,
    workspaceId: anna.workspaceId,
    input: createReadStream(path),
    ...(sql ? { path } : {}),
    format: 'csv',
    kind: 'events',
    mapping,
    onRejected: (rows) => {
      rejected.push(...rows);
    },
  });
  await ingestor.flush();
  return { report, rejected };
}

async function stored() {
  return events.select(
    `SELECT * EXCLUDE (received_at), properties::VARCHAR AS properties FROM events
     WHERE workspace_id = $p0 ORDER BY id, ts`,
    { p0: anna.workspaceId },
  );
}

const counts = (r: ImportReport) => ({
  rowsRead: r.rowsRead,
  rowsRejected: r.rowsRejected,
  stored: r.stored,
  storedEvents: r.storedEvents,
  duplicates: r.duplicates,
  errors: r.errors,
});

describe('CSV import: the DuckDB path and the JS path', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`store the same rows and reject the same lines (${JSON.stringify(eol)} line ends)`, async () => {
      const path = join(t.dir, `ga4-${eol.length}.csv`);
      writeFileSync(path, [HEADER, ...ROWS].join(eol) + eol);
      await events.deleteWorkspace(anna.workspaceId);
      const js = await importFile(path, false);
      const jsRows = await stored();
      expect(js.report.engine).toBe('js');

      await events.deleteWorkspace(anna.workspaceId);
      const sql = await importFile(path, true);
      const sqlRows = await stored();
      expect(sql.report.engine).toBe('duckdb');

      expect(counts(sql.report)).toEqual(counts(js.report));
      expect(sql.rejected).toEqual(js.rejected);
      expect(sqlRows).toEqual(jsRows);
      // The file's own checks, so a change in both paths does not go unnoticed.
      expect(js.report).toMatchObject({ rowsRead: 20, stored: 11, duplicates: 1, rowsRejected: 8 });
      expect(js.report.errors.map((e) => [e.line, e.field])).toEqual([
        [6, 'event_name'],
        [7, 'event_timestamp'],
        [8, '(row)'],
        [10, 'event_timestamp'],
        [12, 'event_name'],
        [13, 'event_timestamp'],
        [14, 'event_timestamp'],
        [20, 'user_pseudo_id'],
      ]);
      expect(
        sqlRows.find(
          (r) =>
            r.properties === '{"page_title":"Ostoskori – ä","url":"https://kotivari.example/ostoskori?x=1"}',
        ),
      ).toMatchObject({ touchpoint_key: 'cart', channel: 'app' });
      expect(sqlRows.find((r) => String(r.properties).includes('Faksi'))).toMatchObject({
        channel: 'other',
        properties: '{"sourceChannel":"fax","page_title":"Faksi","url":"https://kotivari.example/a\\\\b"}',
      });
    });
  }

  it('agree with an id column, epoch milliseconds, a lower-cased column, constants and properties', async () => {
    const path = join(t.dir, 'ids.csv');
    const ms = (iso: string) => String(Date.parse(iso));
    writeFileSync(
      path,
      `${[
        'id;ts;kind;who;where;tier',
        `e1;${ms('2026-03-01T10:00:00Z')};View;c1;Checkout;gold`,
        `e1;${ms('2026-03-01T10:00:00Z')};View;c1;Checkout;gold`,
        `e1;${ms('2026-03-01T10:00:01Z')};VIEW;c2;;`,
        `;${ms('2026-03-01T10:00:02Z')};Ä-view;c3;;silver`,
        `e2;${ms('2026-03-01T10:00:03Z')};;c4;checkout;`,
        `e3;;view;c5;;`,
      ].join('\n')}\n`,
    );
    const mapping = Mapping.parse({
      kind: 'events',
      columns: {
        id: 'id',
        timestamp: { column: 'ts', transform: 'epoch_ms' },
        name: { column: 'kind', transform: 'lowercase' },
        customerId: 'who',
        touchpoint: 'where',
      },
      constants: { name: 'visit', channel: 'store' },
      properties: ['tier'],
    });
    await events.deleteWorkspace(anna.workspaceId);
    const js = await importFile(path, false, mapping);
    const jsRows = await stored();
    await events.deleteWorkspace(anna.workspaceId);
    const sql = await importFile(path, true, mapping);
    expect(sql.report.engine).toBe('duckdb');
    expect(counts(sql.report)).toEqual(counts(js.report));
    expect(sql.rejected).toEqual(js.rejected);
    expect(await stored()).toEqual(jsRows);
    expect(js.report).toMatchObject({ rowsRead: 6, stored: 4, duplicates: 1, rowsRejected: 1 });
  });

  it('falls back to the JS path, storing nothing twice, when DuckDB cannot read the file', async () => {
    const path = join(t.dir, 'long-line.csv');
    // A line past DuckDB's maximum line size (2 MB).
    const title = 'x'.repeat(3_000_000);
    writeFileSync(path, `${HEADER}\n${ROWS[0]}\npage_view,${US('2026-03-02T10:00:00Z')},c1,,,,,${title}\n`);
    await events.deleteWorkspace(anna.workspaceId);
    const { report } = await importFile(path, true);
    expect(report).toMatchObject({ engine: 'js', rowsRead: 2, stored: 2, rowsRejected: 0 });
  });

  it('stores nothing new when the same file comes again, whichever path stored it first', async () => {
    const path = join(t.dir, 'again.csv');
    writeFileSync(path, `${[HEADER, ...ROWS].join('\n')}\n`);
    await events.deleteWorkspace(anna.workspaceId);
    const first = await importFile(path, false);
    const again = await importFile(path, true);
    expect(again.report.engine).toBe('duckdb');
    expect(again.report).toMatchObject({
      stored: 0,
      duplicates: first.report.stored + first.report.duplicates,
    });
    const third = await importFile(path, true);
    expect(third.report).toMatchObject({ stored: 0, duplicates: again.report.duplicates });
  });
});
