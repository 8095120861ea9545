import { describe, expect, it } from 'vitest';
import { builtinMapping, builtinName, guessMapping, headerFinder } from './builtin-mappings.js';
import { Mapping } from './mapping.js';
import { compileRowMapper, contentHash, emptyRows, hash53, type RowMapper } from './row-mapper.js';

const TICKET_HEADERS = [
  'Ticket ID',
  'Created at',
  'Resolved at',
  'Channel',
  'Subject',
  'Description',
  'Satisfaction',
  'Status',
];

function compiled(m: Mapping, headers?: string[]): RowMapper {
  const c = compileRowMapper(m, headers ? { format: 'csv', headers } : { format: 'jsonl' });
  if ('problems' in c) throw new Error(c.problems.join('\n'));
  return c;
}

describe('built-in mappings', () => {
  it('tickets finds the columns of a ticket export whatever their spelling', () => {
    expect(builtinMapping('tickets', headerFinder(TICKET_HEADERS))).toEqual({
      kind: 'tickets',
      timezone: 'UTC',
      columns: {
        id: 'Ticket ID',
        created: 'Created at',
        resolved: 'Resolved at',
        channel: 'Channel',
        subject: 'Subject',
        description: 'Description',
        satisfaction: 'Satisfaction',
      },
      constants: {},
      properties: ['Status'],
    });
  });

  it('ga4 reads event_timestamp as microseconds and finds GA4 event_params', () => {
    expect(builtinName('GA4')).toBe('web-analytics');
    expect(
      builtinMapping('web-analytics', (w) =>
        [
          'event_name',
          'event_timestamp',
          'user_pseudo_id',
          'event_params.ga_session_id',
          'event_params.page_location',
        ].includes(w)
          ? w
          : undefined,
      ).columns,
    ).toEqual({
      name: 'event_name',
      timestamp: { column: 'event_timestamp', transform: 'epoch_us' },
      customerId: 'user_pseudo_id',
      sessionId: 'event_params.ga_session_id',
      url: 'event_params.page_location',
    });
  });

  it('guesses orders for a file with a total and no event name', () => {
    const m = guessMapping('events', headerFinder(['order_id', 'customer_email', 'created_at', 'total']));
    expect(m.columns).toEqual({
      id: 'order_id',
      customerId: 'customer_email',
      timestamp: 'created_at',
      value: 'total',
    });
    expect(m.constants).toEqual({ name: 'order_placed' });
    expect(guessMapping('responses', headerFinder(['Date', 'Score', 'Comment'])).columns).toEqual({
      timestamp: 'Date',
      nps: 'Score',
      comment: 'Comment',
    });
  });
});

describe('mapping files', () => {
  it('name a field the kind does not have and an unknown transform', () => {
    const r = Mapping.safeParse({
      kind: 'events',
      columns: { when: 'Date', timestamp: { column: 'T', transform: 'fortnightly' } },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'columns.timestamp.transform',
        'Invalid option: expected one of "date"|"epoch_us"|"epoch_ms"|"epoch_s"|"number"|"lowercase"',
      ],
    ]);
    const unknown = Mapping.safeParse({ kind: 'events', columns: { name: 'E', when: 'Date' } });
    expect(unknown.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'columns.when',
        'is not a field of events (one of: name, timestamp, customerId, sessionId, touchpoint, channel, value, url, id)',
      ],
    ]);
  });

  it('a column missing from the file is named before anything is read', () => {
    const m = Mapping.parse({ kind: 'events', columns: { name: 'Event', timestamp: 'When' } });
    expect(compileRowMapper(m, { format: 'csv', headers: ['Event', 'Time'] })).toEqual({
      problems: ['columns.timestamp: the file has no column "When" (its columns: Event, Time)'],
    });
    expect(
      compileRowMapper(Mapping.parse({ kind: 'events', columns: { name: 'Event' } }), {
        format: 'csv',
        headers: ['Event'],
      }),
    ).toEqual({
      problems: ['columns.timestamp: is required for events; map a column to it'],
    });
  });
});

describe('hash53', () => {
  it('is cyrb53 (its published value for "a")', () => {
    expect(hash53('a')).toBe(7929297801672961);
    expect(hash53('')).toBe(3338908027751811);
  });
});

describe('compileRowMapper', () => {
  it('turns a ticket into opened and resolved events and a CSAT response with stable ids', () => {
    const mapper = compiled(
      {
        ...builtinMapping('tickets', headerFinder(TICKET_HEADERS)),
        constants: { touchpoint: 'customer-service' },
      },
      TICKET_HEADERS,
    );
    const out = emptyRows();
    mapper.map(
      [
        '1001',
        '2026-05-04 09:15',
        '2026-05-04 11:45',
        'e-mail',
        'Where is my parcel?',
        'x'.repeat(1500),
        'Good',
        'solved',
      ],
      2,
      out,
    );
    expect(out.errors).toEqual([]);
    expect(out.eventLines).toEqual([2, 2]);
    expect(out.responseLines).toEqual([2]);
    expect(out.events).toEqual([
      {
        id: 'tk_1001.opened',
        name: 'ticket_opened',
        timestamp: Date.parse('2026-05-04T09:15:00Z'),
        touchpoint: 'customer-service',
        channel: 'email',
        properties: {
          ticketId: '1001',
          subject: 'Where is my parcel?',
          description: `${'x'.repeat(999)}…`,
          Status: 'solved',
        },
      },
      {
        id: 'tk_1001.resolved',
        name: 'ticket_resolved',
        timestamp: Date.parse('2026-05-04T11:45:00Z'),
        touchpoint: 'customer-service',
        channel: 'email',
        properties: { ticketId: '1001', hoursToResolve: 2.5 },
      },
    ]);
    expect(out.responses).toEqual([
      {
        id: 'tk_1001.csat',
        timestamp: Date.parse('2026-05-04T11:45:00Z'),
        csat: 5,
        touchpoint: 'customer-service',
        channel: 'email',
        properties: { ticketId: '1001' },
      },
    ]);
  });

  it('rejects a row naming the column and the reason; a missing id gets a hash of the content', () => {
    const mapping = builtinMapping('tickets', headerFinder(TICKET_HEADERS));
    const { id: _id, ...columns } = mapping.columns;
    const mapper = compiled({ ...mapping, columns }, TICKET_HEADERS);
    const out = emptyRows();
    mapper.map(['', 'yesterday', '', 'chat', 'a', 'b', '', 'open'], 5, out);
    mapper.map(['', '2026-05-05T08:00:00Z', '2026-05-04T08:00:00Z', 'web', 'a', 'b', '', 'open'], 6, out);
    mapper.map(['', '2026-05-07 10:00', '', 'email', 'a', 'b', 'meh', 'open'], 9, out);
    mapper.map(['', '2026-05-08 10:00', '', 'pigeon', 'a', 'b', 'offered', 'open'], 10, out);
    mapper.map(['', '2026-05-08 10:00', '', 'pigeon', 'a', 'b', 'offered', 'open'], 11, out);
    expect(out.errors).toEqual([
      { line: 5, field: 'Created at', reason: expect.stringMatching(/^"yesterday" is not a date\/time/) },
      { line: 6, field: 'Resolved at', reason: 'is before the ticket was created' },
      { line: 9, field: 'Satisfaction', reason: expect.stringMatching(/^"meh" is not a rating/) },
    ]);
    expect(out.events).toHaveLength(2);
    expect(out.responses).toHaveLength(0);
    const [a, b] = out.events;
    expect(a?.id).toMatch(/^tk_[0-9a-z]{8,11}\.opened$/);
    expect(b?.id).toBe(a?.id);
    expect(a?.channel).toBe('other');
    expect(a?.properties).toEqual({
      sourceChannel: 'pigeon',
      subject: 'a',
      description: 'b',
      Status: 'open',
    });
    expect(mapper.column('responses', 'csat')).toBe('Satisfaction');
    expect(mapper.column('events', 'timestamp')).toBe('Created at');
  });

  it('maps survey scores, Finnish dates in Helsinki time and languages', () => {
    const mapper = compiled(
      Mapping.parse({
        kind: 'responses',
        timezone: 'Europe/Helsinki',
        columns: {
          id: 'id',
          timestamp: 'pvm',
          csat: { column: 'arvio', values: { Erinomainen: 5 } },
          comment: 'kommentti',
          language: 'kieli',
        },
        constants: { touchpoint: 'delivery-wait' },
        properties: ['alue'],
      }),
      ['id', 'pvm', 'arvio', 'kommentti', 'kieli', 'alue'],
    );
    const out = emptyRows();
    mapper.map(['r1', '4.5.2026 10.00', 'erinomainen', 'Nopea', 'fi-FI', 'Uusimaa'], 2, out);
    expect(out.responses).toEqual([
      {
        id: 'r1',
        timestamp: Date.parse('2026-05-04T07:00:00Z'),
        csat: 5,
        comment: 'Nopea',
        touchpoint: 'delivery-wait',
        language: 'fi',
        properties: { alue: 'Uusimaa' },
      },
    ]);
  });

  it('reads JSON lines by path, GA4 event_params by key, and hashes ids', () => {
    const mapper = compiled(
      builtinMapping('web-analytics', (w) =>
        [
          'event_name',
          'event_timestamp',
          'user_pseudo_id',
          'event_params.ga_session_id',
          'event_params.page_location',
        ].includes(w)
          ? w
          : undefined,
      ),
    );
    const out = emptyRows();
    const record = {
      event_name: 'page_view',
      event_timestamp: '1777888800123456',
      user_pseudo_id: '123.456',
      event_params: [
        { key: 'ga_session_id', value: { int_value: 1777888800 } },
        { key: 'page_location', value: { string_value: 'https://shop.example/checkout' } },
      ],
    };
    mapper.map(record, 1, out);
    mapper.map(record, 2, out);
    expect(out.events[0]).toEqual({
      name: 'page_view',
      timestamp: 1777888800123,
      customerId: '123.456',
      sessionId: '1777888800',
      url: 'https://shop.example/checkout',
      id: expect.stringMatching(/^im_[0-9a-z]{8,11}$/),
    });
    expect(out.events[1]?.id).toBe(out.events[0]?.id);
    mapper.map({ ...record, event_name: '' }, 3, out);
    expect(out.errors).toEqual([{ line: 3, field: 'event_name', reason: 'is empty' }]);
  });
});

describe('contentHash', () => {
  it('is hash53 of the prefix and the content as key\u0001value\u0002 pairs, nested objects inline', () => {
    const key = (o: Record<string, unknown>): string =>
      Object.entries(o)
        .map(
          ([k, v]) =>
            `${k}\u0001${v !== null && typeof v === 'object' ? key(v as Record<string, unknown>) : String(v)}\u0002`,
        )
        .join('');
    const rows: Record<string, unknown>[] = [
      {},
      { name: 'page_view', timestamp: 1767225600000, customerId: '1000000.0', url: 'https://x.example/ä€😀' },
      { a: null, b: undefined, c: true, d: -1.5, e: { f: [1, 'g', { h: null }] }, i: '' },
    ];
    for (const row of rows)
      for (const prefix of ['im', 'tk', '']) expect(contentHash(prefix, row)).toBe(hash53(prefix + key(row)));
  });
});
