import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainCsv } from './csv-prescan.js';

const dir = mkdtempSync(join(tmpdir(), 'polku-prescan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function scan(content: string | Buffer, delimiter?: string) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return plainCsv(path, delimiter);
}

describe('plainCsv', () => {
  it('accepts one record per line with \\n or \\r\\n line ends, and says whether cells need checking', async () => {
    expect(await scan('a,b\n1,2\n')).toEqual({ bytes: 8, clean: true });
    expect(await scan('\ufeffa,b\r\n1,2\r\n\r\n3,4')).toEqual({ bytes: 18, clean: true });
    expect(await scan('a,b\n1,ä\u00a0\n')).toEqual({ bytes: 11, clean: false });
    expect(await scan('a,b\n1,\t2\n')).toEqual({ bytes: 9, clean: false });
    expect(await scan('a\tb\n1\t2\n', '\t')).toEqual({ bytes: 8, clean: true });
    expect(await scan('a,b\n1,\u3000\n')).toEqual({ bytes: 10, clean: false });
  });

  it('refuses files whose lines are not records, or that DuckDB would read otherwise', async () => {
    expect(await scan('a,b\n"1",2\n')).toBeNull();
    expect(await scan('a,b\r\n1,2\n')).toBeNull();
    expect(await scan('a,b\n1\r,2\n')).toBeNull();
    expect(await scan('\na,b\n1,2\n')).toBeNull();
    expect(await scan('a,b')).toBeNull();
    expect(await scan('a,b\n1,\u0001\n')).toBeNull();
    expect(await scan(Buffer.from([0x61, 0x0a, 0xff, 0x0a]))).toBeNull();
  });

  it('checks UTF-8 across read chunks', async () => {
    const line = `${'x'.repeat(99)}ä\n`;
    expect(await scan(`h\n${line.repeat(30_000)}`)).toMatchObject({ clean: true });
  });
});
