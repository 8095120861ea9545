import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../web/public/widget.js', import.meta.url), 'utf8');

describe('the website widget script', () => {
  it('stays small: at most 10 KB gzipped (it is about 3 KB)', () => {
    const size = gzipSync(source, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(10 * 1024);
    expect(size).toBeLessThan(4 * 1024);
  });

  it('is plain ES2017: nothing needs lowering for older browsers', () => {
    const as = (target: ts.ScriptTarget) =>
      ts.transpileModule(source, { compilerOptions: { target, allowJs: true, removeComments: false } })
        .outputText;
    expect(as(ts.ScriptTarget.ES2017)).toBe(as(ts.ScriptTarget.ESNext));
    // The check itself notices newer syntax.
    const newer = 'const x = a?.b ?? 1;';
    expect(
      ts.transpileModule(newer, { compilerOptions: { target: ts.ScriptTarget.ES2017 } }).outputText,
    ).not.toBe(ts.transpileModule(newer, { compilerOptions: { target: ts.ScriptTarget.ESNext } }).outputText);
  });

  it('sets no cookies and uses no framework', () => {
    expect(source).not.toMatch(/document\.cookie|import\s|require\(/);
  });
});
