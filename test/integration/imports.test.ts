import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../src/domain/journey/journey.schema.js';
import { Mapping } from '../../src/imports/mapping.js';
import { runImport } from '../../src/imports/run-import.js';
import { type Actor, actor, type TestApp, testApp } from '../support/test-app.js';

const fixtures = fileURLToPath(new URL('../fixtures/imports/', import.meta.url));
const tickets = readFileSync(join(fixtures, 'tickets.csv'), 'utf8');
let t: TestApp;
let anna: Actor;
let viewer: Actor;
let service: Touchpoint;

const TICKET_ERRORS = [
  {
    line: 5,
    field: 'Created at',
    reason:
      '"yesterday" is not a date/time (use ISO 8601 (2026-05-04T10:00:00Z, 2026-05-04 10:00), d.m.yyyy hh.mm, or an epoch transform)',
  },
  { line: 6, field: 'Resolved at', reason: 'is before the ticket was created' },
  { line: 8, field: '(row)', reason: 'has 5 columns; the header has 8' },
  {
    line: 9,
    field: 'Satisfaction',
    reason: '"meh" is not a rating: use 1–5 or good/bad, or map other values in the mapping\'s "values"',
  },
];

function upload(a: Actor, query: string, body: string, type = 'text/csv') {
  return a.req({
    method: 'POST',
    url: `/api/workspaces/${a.workspaceId}/imports?${query}`,
    headers: { 'content-type': type },
    payload: body,
  });
}

beforeAll(async () => {
  t = await testApp();
  anna = await actor(t, 'anna@example.com');
  viewer = await actor(t, 'ville@example.com', { workspaceId: anna.workspaceId, role: 'viewer' });
  const j = `/api/workspaces/${anna.workspaceId}/journeys`;
  const map: JourneyMap = (
    await anna.req({ method: 'POST', url: j, payload: { name: 'Shop', templateId: 'awareness-advocacy' } })
  ).json();
  service = (
    await anna.req({
      method: 'POST',
      url: `${j}/${map.journey.id}/touchpoints`,
      payload: { name: 'Customer service', stageId: map.stages[3]!.id, channel: 'phone' },
    })
  ).json();
});
afterAll(() => t.close());

describe('POST /api/workspaces/:workspaceId/imports', () => {
  it('a dry run shows the first rows as they would be stored and every bad row, and stores nothing', async () => {
    const res = await upload(
      anna,
      'kind=tickets&mapping=tickets&dryRun=true&touchpoint=customer-service',
      tickets,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'tickets',
      dryRun: true,
      rowsRead: 8,
      rowsRejected: 4,
      stored: 0,
      wouldStore: 10,
      complete: true,
      headers: [
        'Ticket ID',
        'Created at',
        'Resolved at',
        'Channel',
        'Subject',
        'Description',
        'Satisfaction',
        'Status',
      ],
    });
    expect(body.errors).toEqual(TICKET_ERRORS);
    expect(body.preview).toHaveLength(10);
    expect(body.preview.map((p: { line: number; kind: string }) => [p.line, p.kind])).toEqual([
      [2, 'event'],
      [2, 'event'],
      [2, 'response'],
      [4, 'event'],
      [7, 'event'],
      [7, 'event'],
      [7, 'response'],
      [10, 'event'],
      [10, 'event'],
      [10, 'response'],
    ]);
    expect(body.preview[0].row).toMatchObject({
      id: 'tk_1001.opened',
      name: 'ticket_opened',
      ts: '2026-05-04T09:15:00.000Z',
      touchpointId: service.id,
      channel: 'email',
      properties: {
        ticketId: '1001',
        subject: 'Where is my parcel?',
        description: 'The tracking page says "in transit" since Friday.\nCan you check?',
        Status: 'solved',
      },
    });
    expect(await t.ctx.events.latestResponses(anna.workspaceId, service.id, 10)).toEqual([]);
  });

  it('imports the good rows, reports the bad ones by line, and a re-run stores nothing new', async () => {
    const first = (
      await upload(anna, 'kind=tickets&mapping=tickets&touchpoint=customer-service', tickets)
    ).json();
    expect(first).toMatchObject({
      rowsRead: 8,
      rowsRejected: 4,
      stored: 10,
      storedEvents: 7,
      storedResponses: 3,
      duplicates: 0,
    });
    expect(first.errors).toEqual(TICKET_ERRORS);
    const responses = await t.ctx.events.latestResponses(anna.workspaceId, service.id, 10);
    expect(responses.map((r) => [r.csat, r.ts])).toEqual([
      [5, '2026-05-08T12:00:00.000Z'],
      [4, '2026-05-06T09:30:00.000Z'],
      [5, '2026-05-04T11:45:00.000Z'],
    ]);
    const again = (
      await upload(anna, 'kind=tickets&mapping=tickets&touchpoint=customer-service', tickets)
    ).json();
    expect(again).toMatchObject({ stored: 0, duplicates: 10, rowsRejected: 4 });
  });

  it('takes a mapping as JSON and guesses one with mapping=auto', async () => {
    const csv = 'Päivä;Arvosana;Kommentti\n4.5.2026 10.00;4;Hyvä palvelu\n5.5.2026 11.00;viisi;\n';
    const mapping = JSON.stringify({
      columns: { timestamp: 'Päivä', csat: 'Arvosana', comment: 'Kommentti' },
      timezone: 'Europe/Helsinki',
      constants: { touchpoint: 'customer-service', language: 'fi' },
    });
    const res = await upload(anna, `kind=responses&mapping=${encodeURIComponent(mapping)}`, csv);
    expect(res.json()).toMatchObject({
      stored: 1,
      errors: [{ line: 3, field: 'Arvosana', reason: '"viisi" is not a number' }],
    });
    const guessed = (
      await upload(anna, 'kind=responses&dryRun=true', 'Date,Score,Comment\n2026-05-04,9,Great\n')
    ).json();
    expect(guessed.mapping).toEqual({
      kind: 'responses',
      timezone: 'UTC',
      columns: { timestamp: 'Date', nps: 'Score', comment: 'Comment' },
      constants: {},
      properties: [],
    });
    expect(guessed.preview[0].row).toMatchObject({ nps: 9, comment: 'Great', level: 'relationship' });
  });

  it("records a row the pipeline refuses under its file line, for the workspace's data page", async () => {
    const csv = 'Date,Csat\n2026-05-04T10:00:00Z,4\n2026-05-05T10:00:00Z,4\n2026-05-06T10:00:00Z,7\n';
    const mapping = JSON.stringify({
      columns: { timestamp: 'Date', csat: 'Csat' },
      constants: { touchpoint: 'customer-service' },
    });
    const res = await upload(anna, `kind=responses&mapping=${encodeURIComponent(mapping)}`, csv);
    expect(res.json()).toMatchObject({ stored: 2, errors: [{ line: 4, field: 'Csat' }] });
    const [last] = (
      await anna.req({ method: 'GET', url: `/api/workspaces/${anna.workspaceId}/ingest/rejections?limit=1` })
    ).json().rejections;
    expect(last).toMatchObject({ source: 'import', position: 4, field: 'csat' });
  });

  it('streams JSON lines (GA4 export) with the ga4 mapping', async () => {
    const res = await upload(
      anna,
      'kind=events&format=jsonl&mapping=ga4',
      readFileSync(join(fixtures, 'ga4.jsonl'), 'utf8'),
      'application/x-ndjson',
    );
    expect(res.json()).toMatchObject({
      rowsRead: 3,
      stored: 2,
      errors: [{ line: 3, field: 'event_name', reason: 'is empty' }],
    });
  });

  it('streams a file larger than the 1 MB API body limit, chunk by chunk', async () => {
    const t0 = Date.UTC(2026, 3, 1);
    const lines = ['order_id,customer,created_at,total'];
    for (let i = 0; i < 30_000; i++)
      lines.push(
        `order-${i},customer-${i % 997}@example.com,${new Date(t0 + i * 60_000).toISOString()},${(i % 300) + 0.5}`,
      );
    const body = `${lines.join('\n')}\n`;
    expect(body.length).toBeGreaterThan(1_500_000);
    const res = await upload(anna, 'kind=events&mapping=orders&fileName=orders.csv', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      rowsRead: 30_000,
      stored: 30_000,
      rowsRejected: 0,
      storedEvents: 30_000,
    });
    const dry = (await upload(anna, 'kind=events&mapping=orders&dryRun=true', body)).json();
    expect(dry).toMatchObject({ rowsRead: 5000, wouldStore: 5000, complete: false });
  });

  it('names bad input: a mapping field, a column the file lacks, the content type; needs edit rights', async () => {
    const bad = await upload(
      anna,
      `kind=events&mapping=${encodeURIComponent('{"columns":{"when":"x"}}')}`,
      'a\n1\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([
      {
        path: 'mapping.columns.when',
        message:
          'is not a field of events (one of: name, timestamp, customerId, sessionId, touchpoint, channel, value, url, id)',
      },
    ]);
    const missing = await upload(
      anna,
      `kind=events&mapping=${encodeURIComponent('{"columns":{"name":"Event","timestamp":"When"}}')}`,
      'Event,Time\nx,2026-05-04\n',
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([
      {
        path: 'mapping.columns.timestamp',
        message: 'the file has no column "When" (its columns: Event, Time)',
      },
    ]);
    const unknown = await upload(anna, 'kind=events&mapping=salesforce', 'a\n1\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/^mapping: "salesforce" is not a built-in mapping/);
    const json = await anna.req({
      method: 'POST',
      url: `/api/workspaces/${anna.workspaceId}/imports?kind=events`,
      payload: { events: [] },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().issues[0].path).toBe('content-type');
    expect((await upload(anna, 'kind=pets', 'a\n')).statusCode).toBe(400);
    expect((await upload(viewer, 'kind=tickets&mapping=tickets', tickets)).statusCode).toBe(403);
  });
});

describe('runImport', () => {
  it("uses the mapping's delimiter instead of guessing it", async () => {
    const report = await runImport({
      ingestor: t.ctx.ingest,
      workspaceId: anna.workspaceId,
      input: Readable.from(['when;what,why\n2026-05-04T10:00:00Z;9,5\n']),
      format: 'csv',
      mapping: Mapping.parse({
        kind: 'responses',
        delimiter: ';',
        columns: { timestamp: 'when', comment: 'what,why' },
      }),
      dryRun: true,
    });
    expect(report.headers).toEqual(['when', 'what,why']);
    expect(report.preview[0]?.row).toMatchObject({ comment: '9,5', ts: '2026-05-04T10:00:00.000Z' });
  });

  it('reads in chunks and turns ingest rejections into file lines', async () => {
    const csv = [
      'id,date,score,touchpoint',
      'a,2026-05-04T10:00:00Z,9,customer-service',
      'b,2026-05-04T11:00:00Z,7,no-such-touchpoint',
      'c,2026-05-04T12:00:00Z,10,customer-service',
      'd,2026-05-04T13:00:00Z,8,no-such-touchpoint',
      'e,2026-05-04T14:00:00Z,6,customer-service',
    ].join('\n');
    const progress: number[] = [];
    const rejected: unknown[] = [];
    const report = await runImport({
      ingestor: t.ctx.ingest,
      workspaceId: anna.workspaceId,
      input: Readable.from([csv]),
      format: 'csv',
      mapping: 'survey-export',
      chunkSize: 2,
      onProgress: (p) => progress.push(p.rowsRead),
      onRejected: (rows) => void rejected.push(...rows),
    });
    expect(progress).toEqual([2, 4, 5]);
    expect(report).toMatchObject({ rowsRead: 5, stored: 3, rowsRejected: 2 });
    expect(rejected).toEqual([
      {
        line: 3,
        field: 'touchpoint',
        reason: 'no touchpoint with key "no-such-touchpoint" in this workspace',
        record: { id: 'b', date: '2026-05-04T11:00:00Z', score: '7', touchpoint: 'no-such-touchpoint' },
      },
      {
        line: 5,
        field: 'touchpoint',
        reason: 'no touchpoint with key "no-such-touchpoint" in this workspace',
        record: { id: 'd', date: '2026-05-04T13:00:00Z', score: '8', touchpoint: 'no-such-touchpoint' },
      },
    ]);
  });
});
