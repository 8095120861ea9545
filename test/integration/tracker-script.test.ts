import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../web/public/t.js', import.meta.url), 'utf8');

describe('website tracker script (web/public/t.js)', () => {
  it('is at most 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });

  it('is a classic script in ES2017 syntax (no optional chaining, ?? or object spread)', () => {
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/\?\.[\w([]/);
    expect(source).not.toMatch(/\?\?/);
    expect(source).not.toMatch(/\{\s*\.\.\./);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });
});
