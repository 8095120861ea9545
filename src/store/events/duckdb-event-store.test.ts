import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventRow, ResponseRow } from './event-rows.js';
import { type EventStore, openEventStore } from './event-store.js';
import { LATEST_SCHEMA_VERSION } from './migrations.js';

const T0 = Date.UTC(2025, 2, 3, 9, 30, 0);

function event(n: number, over: Partial<EventRow> = {}): EventRow {
  return EventRow.parse({
    id: `ev_${n}`,
    workspaceId: 'ws_a',
    journeyId: 'jr_1',
    touchpointId: 'tp_web',
    touchpointKey: 'web-browse',
    stageId: 'st_1',
    customerId: 'c_0001',
    sessionId: 's_1',
    ts: new Date(T0 + n * 60_000),
    name: 'page_view',
    channel: 'web',
    value: null,
    properties: { region: 'Uusimaa' },
    source: 'demo',
    receivedAt: new Date(T0 + n * 60_000 + 150),
    ...over,
  });
}

function response(n: number, over: Partial<ResponseRow> = {}): ResponseRow {
  return ResponseRow.parse({
    id: `rs_${n}`,
    workspaceId: 'ws_a',
    surveyId: null,
    journeyId: 'jr_1',
    touchpointId: 'tp_wait',
    stageId: 'st_4',
    customerId: 'c_0001',
    ts: new Date(T0 + n * 3_600_000),
    audience: 'customer',
    level: 'touchpoint',
    nps: 3,
    csat: null,
    ces: null,
    comment: 'Toimitus kesti liian kauan.',
    language: 'fi',
    channel: 'email',
    answers: {},
    properties: { region: 'Pirkanmaa', loyaltyMember: false },
    source: 'demo',
    receivedAt: new Date(T0 + n * 3_600_000),
    surveyVersion: null,
    complete: true,
    ...over,
  });
}

let dir: string;
let file: string;
let store: EventStore | null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'polku-events-'));
  file = join(dir, 'events.duckdb');
  store = null;
});

afterEach(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<EventStore> {
  store = await openEventStore(file, { memoryLimit: '256MB', threads: 1 });
  return store;
}

async function rawRows(sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(file);
  try {
    const conn = await instance.connect();
    const rows = (await conn.runAndReadAll(sql)).getRowsJS();
    conn.closeSync();
    return rows;
  } finally {
    instance.closeSync();
  }
}

describe('DuckDB event store', () => {
  it('keeps appended rows across a reopen of the file', async () => {
    const s = await open();
    expect(await s.hasData('ws_a')).toBe(false);
    await s.appendEvents(Array.from({ length: 1200 }, (_, i) => event(i)));
    await s.appendResponses([response(1), response(2)]);
    await s.close();
    store = null;

    const again = await open();
    expect(await again.hasData('ws_a')).toBe(true);
    expect(await again.countsByTouchpoint('ws_a', 'jr_1')).toEqual([
      { touchpointId: 'tp_wait', events: 0, responses: 2 },
      { touchpointId: 'tp_web', events: 1200, responses: 0 },
    ]);
    await again.close();
    store = null;
    expect(await rawRows('SELECT version FROM schema_version')).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => [i + 1]),
    );
  });

  it('stores timestamps as UTC and properties as JSON', async () => {
    const s = await open();
    await s.appendEvents([event(0, { value: 129.9, name: 'order_placed' })]);
    await s.appendResponses([response(0, { nps: null, ces: 6, comment: null, answers: { q1: 'a' } })]);
    await s.close();
    store = null;
    expect(
      await rawRows(
        "SELECT strftime(ts, '%Y-%m-%d %H:%M:%S'), value, properties->>'region', name, channel FROM events",
      ),
    ).toEqual([['2025-03-03 09:30:00', 129.9, 'Uusimaa', 'order_placed', 'web']]);
    expect(
      await rawRows("SELECT nps, ces, comment, answers->>'q1', properties->>'loyaltyMember' FROM responses"),
    ).toEqual([[null, 6, null, 'a', 'false']]);
  });

  it('writes every column exactly, values and nulls mixed, across data chunks', async () => {
    const s = await open();
    const events = Array.from({ length: 4500 }, (_, i) =>
      event(i, {
        id: `ev_${i}`,
        journeyId: i % 3 === 0 ? null : 'jr_1',
        touchpointId: i % 5 === 0 ? null : `tp_${i % 4}`,
        touchpointKey: i % 7 === 0 ? null : 'web-browse',
        stageId: null,
        customerId: i % 2 === 0 ? null : `p_${i}`,
        sessionId: i < 2048 ? 's_1' : `s_${i}`,
        ts: new Date(i === 4 ? -1 : T0 + i * 1001),
        name: i === 4499 ? 'order_placed' : 'page_view',
        channel: i % 11 === 0 ? null : 'web',
        value: i % 6 === 0 ? null : i / 8 - 100,
        properties: i % 9 === 0 ? {} : { url: `/p/${i}`, n: i, ok: i % 2 === 0, text: 'ä"\\' },
      }),
    );
    await s.appendNewEvents(events.slice(0, 3000));
    await s.appendEvents(events.slice(3000));
    const responses = Array.from({ length: 2100 }, (_, i) =>
      response(i, {
        surveyId: i % 2 === 0 ? null : 'sv_1',
        nps: i % 3 === 0 ? null : i % 11,
        csat: i % 4 === 0 ? null : (i % 5) + 1,
        ces: i % 5 === 0 ? null : (i % 7) + 1,
        comment: i % 2 === 0 ? null : `kommentti ${i}`,
        answers: i % 2 === 0 ? {} : { q: i },
        surveyVersion: i % 3 === 0 ? null : i,
        complete: i % 4 !== 0,
      }),
    );
    await s.appendNewResponses(responses);
    await s.close();
    store = null;
    const storedEvents = await rawRows(
      `SELECT id, workspace_id, journey_id, touchpoint_id, touchpoint_key, stage_id, customer_id, session_id,
              epoch_ms(ts), name, channel, value, properties::VARCHAR, source, epoch_ms(received_at)
       FROM events ORDER BY id`,
    );
    const expectedEvents = events
      .map((e) => [
        e.id,
        e.workspaceId,
        e.journeyId,
        e.touchpointId,
        e.touchpointKey,
        e.stageId,
        e.customerId,
        e.sessionId,
        BigInt(e.ts.getTime()),
        e.name,
        e.channel,
        e.value,
        JSON.stringify(e.properties),
        e.source,
        BigInt(e.receivedAt.getTime()),
      ])
      .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
    expect(storedEvents).toEqual(expectedEvents);
    const storedResponses = await rawRows(
      `SELECT id, survey_id, nps, csat, ces, comment, answers::VARCHAR, survey_version, complete, epoch_ms(ts)
       FROM responses ORDER BY id`,
    );
    expect(storedResponses).toEqual(
      responses
        .map((r) => [
          r.id,
          r.surveyId,
          r.nps,
          r.csat,
          r.ces,
          r.comment,
          JSON.stringify(r.answers),
          r.surveyVersion,
          r.complete,
          BigInt(r.ts.getTime()),
        ])
        .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
  });

  it('counts events and responses per touchpoint of one journey exactly', async () => {
    const s = await open();
    await s.appendEvents([
      event(1),
      event(2),
      event(3, { touchpointId: 'tp_store', touchpointKey: 'store-visit', channel: 'store' }),
      event(4, { journeyId: 'jr_other', touchpointId: 'tp_x' }),
      event(5, { workspaceId: 'ws_b' }),
      event(6, { journeyId: null, touchpointId: null, touchpointKey: 'unknown-page', stageId: null }),
    ]);
    await s.appendResponses([
      response(1),
      response(2, { touchpointId: 'tp_store', nps: 10 }),
      response(3, { audience: 'employee', customerId: null, nps: null, csat: 2 }),
      response(4, { level: 'relationship', touchpointId: null, stageId: null }),
      response(5, { workspaceId: 'ws_b' }),
    ]);
    expect(await s.countsByTouchpoint('ws_a', 'jr_1')).toEqual([
      { touchpointId: 'tp_store', events: 1, responses: 1 },
      { touchpointId: 'tp_wait', events: 0, responses: 2 },
      { touchpointId: 'tp_web', events: 2, responses: 0 },
    ]);
    expect(await s.countsByTouchpoint('ws_a', 'jr_other')).toEqual([
      { touchpointId: 'tp_x', events: 1, responses: 0 },
    ]);
    expect(await s.countsByTouchpoint('ws_a', 'jr_none')).toEqual([]);
  });

  it('deleteWorkspace removes one workspace and leaves the others', async () => {
    const s = await open();
    await s.appendEvents([event(1), event(2), event(3, { workspaceId: 'ws_b' })]);
    await s.appendResponses([response(1), response(2, { workspaceId: 'ws_b' })]);
    await s.deleteWorkspace('ws_a');
    expect(await s.hasData('ws_a')).toBe(false);
    expect(await s.hasData('ws_b')).toBe(true);
    expect(await s.countsByTouchpoint('ws_b', 'jr_1')).toEqual([
      { touchpointId: 'tp_wait', events: 0, responses: 1 },
      { touchpointId: 'tp_web', events: 1, responses: 0 },
    ]);
    await s.close();
    store = null;
    expect(await rawRows('SELECT workspace_id, count(*) FROM events GROUP BY ALL')).toEqual([['ws_b', 1n]]);
  });

  it('hasData sees a workspace with responses only', async () => {
    const s = await open();
    await s.appendResponses([response(1, { workspaceId: 'ws_r' })]);
    expect(await s.hasData('ws_r')).toBe(true);
    expect(await s.hasData('ws_a')).toBe(false);
  });

  it('appends a batch all or nothing', async () => {
    const s = await open();
    await s.appendResponses([response(1)]);
    // A score outside its scale (bypassing the zod schema) fails the table's CHECK.
    const bad = { ...response(3), nps: 11 };
    await expect(s.appendResponses([response(2), bad])).rejects.toThrow(/CHECK/);
    expect(await s.countsByTouchpoint('ws_a', 'jr_1')).toEqual([
      { touchpointId: 'tp_wait', events: 0, responses: 1 },
    ]);
    // The store is still usable after the failed batch.
    await s.appendResponses([response(4)]);
    expect((await s.countsByTouchpoint('ws_a', 'jr_1'))[0]?.responses).toBe(2);
  });

  it('serialises concurrent appends', async () => {
    const s = await open();
    await Promise.all(
      Array.from({ length: 8 }, (_, b) =>
        s.appendEvents(Array.from({ length: 250 }, (_, i) => event(b * 1000 + i))),
      ),
    );
    expect(await s.countsByTouchpoint('ws_a', 'jr_1')).toEqual([
      { touchpointId: 'tp_web', events: 2000, responses: 0 },
    ]);
  });

  it('refuses to open one file twice in a process, and to be used after close', async () => {
    const s = await open();
    await expect(openEventStore(file)).rejects.toThrow(/already open/);
    await s.close();
    await expect(s.hasData('ws_a')).rejects.toThrow(/closed/);
    const again = await open();
    expect(await again.hasData('ws_a')).toBe(false);
  });
});

describe('idempotent appends', () => {
  it('stores an event once when the same id and timestamp arrive again, in one batch or later', async () => {
    store = await openEventStore(file);
    expect(await store.appendNewEvents([event(1), event(2), event(1)])).toMatchObject({
      stored: 2,
      duplicates: 1,
    });
    expect(await store.appendNewEvents([event(2), event(3)])).toMatchObject({ stored: 1, duplicates: 1 });
    // The same id at another time is another event.
    expect(await store.appendNewEvents([event(3, { ts: new Date(T0) })])).toEqual({
      stored: 1,
      duplicates: 0,
      storedKeys: [`ws_a\u0000ev_3\u0000${T0}`],
    });
    // Another workspace may use the same id.
    expect(await store.appendNewEvents([event(1, { workspaceId: 'ws_b' })])).toMatchObject({
      stored: 1,
      duplicates: 0,
    });
    const counts = await store.countsByTouchpoint('ws_a', 'jr_1');
    expect(counts).toEqual([{ touchpointId: 'tp_web', events: 4, responses: 0 }]);
  });

  it('still finds an old duplicate after plain appends and newer rows', async () => {
    store = await openEventStore(file);
    await store.appendEvents([event(5)]);
    expect(await store.appendNewEvents([event(9), event(5)])).toMatchObject({ stored: 1, duplicates: 1 });
    await store.close();
    store = await openEventStore(file);
    expect(await store.appendNewEvents([event(9), event(5), event(2)])).toMatchObject({
      stored: 1,
      duplicates: 2,
    });
  });

  it('stores a response once and reads the newest first, with survey version and completeness', async () => {
    store = await openEventStore(file);
    await store.appendNewResponses([
      response(1),
      response(2, { comment: '<b>Nopea</b>', nps: 10, surveyVersion: 3, complete: false }),
    ]);
    expect(await store.appendNewResponses([response(1)])).toMatchObject({
      stored: 0,
      duplicates: 1,
      storedKeys: [],
    });
    const latest = await store.latestResponses('ws_a', 'tp_wait', 10);
    expect(latest.map((r) => [r.id, r.nps, r.comment, r.complete])).toEqual([
      ['rs_2', 10, '<b>Nopea</b>', false],
      ['rs_1', 3, 'Toimitus kesti liian kauan.', true],
    ]);
    expect(latest[0]?.ts).toBe(new Date(T0 + 2 * 3_600_000).toISOString());
    expect(latest[0]).toMatchObject({
      surveyVersion: 3,
      customerId: 'c_0001',
      properties: { region: 'Pirkanmaa', loyaltyMember: false },
    });
    expect(await store.latestResponses('ws_b', 'tp_wait', 10)).toEqual([]);
  });

  it('counts received rows per hour and source', async () => {
    store = await openEventStore(file);
    await store.appendEvents([event(1), event(2), event(70, { source: 'api' })]);
    await store.appendResponses([response(0)]);
    const volume = await store.ingestVolume('ws_a', new Date(T0 - 3_600_000), 'hour');
    expect(volume).toEqual([
      { bucket: new Date(T0 - 30 * 60_000).toISOString(), source: 'demo', events: 2, responses: 1 },
      { bucket: new Date(T0 + 30 * 60_000).toISOString(), source: 'api', events: 1, responses: 0 },
    ]);
  });
});
