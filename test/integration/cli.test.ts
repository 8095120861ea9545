import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { program } from '../../src/cli/main.js';

/** The polku CLI, run in-process against real SQLite and DuckDB files in a temp dir. */
let dir: string;
let out: string[];
const run = async (...args: string[]) => {
  out = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    await program()
      .exitOverride()
      .parseAsync(['node', 'polku', '--data-dir', dir, ...args]);
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
  return out.join('\n');
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'polku-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('polku CLI', () => {
  it('user add validates its options and then adds the user', async () => {
    await expect(run('user', 'add', '--email', 'not-an-email')).rejects.toThrow(
      /--email: must be an email address/,
    );
    await expect(run('user', 'add', '--email', 'a@b.fi', '--password', 'short')).rejects.toThrow(
      /--password: must be at least 10/,
    );
    expect(
      await run('user', 'add', '--email', 'a@b.fi', '--name', 'Aino', '--password', 'long-password-1'),
    ).toContain('added a@b.fi');
    await expect(run('user', 'add', '--email', 'A@b.fi', '--password', 'long-password-1')).rejects.toThrow(
      /exists already/,
    );
  });

  it('demo creates a workspace with the retailer journey and its synthetic data', async () => {
    const text = await run('demo', '--seed', '3', '--customers', '200', '--months', '2');
    expect(text).toMatch(/demo workspace ws_\w+ for a@b\.fi: journey jr_\w+, \d+ events, \d+ responses/);
    await expect(run('demo', '--customers', 'many')).rejects.toThrow(/--customers/);
  });

  it('export-map writes JSON, SVG and a poster PDF; import-map puts the JSON back', async () => {
    const name = 'Kotiväri customer journey, online and in store';
    const json = join(dir, 'map.json');
    await run('export-map', name, '--format', 'json', '-o', json);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.format).toBe('polku.journey-map');
    expect(doc.touchpoints.length).toBeGreaterThan(15);

    const svg = join(dir, 'map.svg');
    await run('export-map', name, '--format', 'svg', '--lang', 'fi', '-o', svg);
    expect(readFileSync(svg, 'utf8')).toContain('Toimituksen odotus');

    const pdf = join(dir, 'map.pdf');
    expect(await run('export-map', name, '--format', 'pdf', '--size', 'A2', '-o', pdf)).toContain(
      'A2 landscape',
    );
    const bytes = new Uint8Array(readFileSync(pdf));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const parsed = await getDocument({ data: bytes, verbosity: 0 }).promise;
    const page = await parsed.getPage(1);
    const [, , w, h] = page.view;
    expect([Math.round(w!), Math.round(h!)]).toEqual([1684, 1191]);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('Kotiväri');

    expect(await run('import-map', json, '--name', 'Imported copy')).toMatch(
      /imported "Imported copy" as jr_\w+/,
    );
    const again = join(dir, 'again.json');
    await run('export-map', 'imported copy', '--format', 'json', '-o', again);
    const redo = JSON.parse(readFileSync(again, 'utf8'));
    expect(redo.stages).toEqual(doc.stages);
    expect(redo.cards).toEqual(doc.cards);
  });

  it('explains what is wrong with a bad map file or an unknown journey', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'polku.journey-map', version: 1, journey: {}, stages: [] }));
    await expect(run('import-map', bad)).rejects.toThrow(/not a valid polku\.journey-map:[\s\S]*stages/);
    writeFileSync(bad, '{ nope');
    await expect(run('import-map', bad)).rejects.toThrow(/bad\.json/);
    await expect(run('export-map', 'no such journey', '-o', join(dir, 'x.pdf'))).rejects.toThrow(
      /no journey with id or name/,
    );
    await expect(run('import-map', join(dir, 'map.json'), '--name', 'x'.repeat(300))).rejects.toThrow(
      /--name: /,
    );
    await expect(
      run('export-map', 'Imported copy', '--format', 'json', '-o', join(dir, 'no', 'such', 'dir', 'x.json')),
    ).rejects.toThrow(/-o: cannot write/);
    await expect(run('serve', '--port', 'abc')).rejects.toThrow(/--port: /);
  });
});
