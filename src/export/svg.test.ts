import { describe, expect, it } from 'vitest';
import { blankMap, card, lane, persona, sampleMap, stage, touchpoint } from './sample-map.js';
import { escapeXml, renderMapSvg } from './svg.js';

const HOSTILE = '<script>alert(1)</script> & "x"';

/**
 * A small well-formedness check: every tag closes in order, attribute values are quoted,
 * no stray "<" or "&" in text, and there is exactly one root element.
 */
function checkWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    // Text may only contain entity references, never a bare ampersand.
    expect(text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, '')).not.toMatch(/[&>]/);
    if (lt < 0) break;
    token.lastIndex = lt;
    const m = token.exec(body);
    if (!m) throw new Error(`malformed markup at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, closing, name, attrs, selfClosing] = m;
    expect((attrs ?? '').replace(/="[^"]*"/g, '')).not.toMatch(/[&<>"]/);
    for (const [, value] of (attrs ?? '').matchAll(/="([^"]*)"/g)) {
      expect((value ?? '').replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
    }
    if (closing) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name ?? '');
    } else if (stack.length === 0) roots++;
    i = lt + m[0].length;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

function hostileMap() {
  const map = blankMap(
    [stage('s1', HOSTILE, 1)],
    [lane('l_tp', 'touchpoints', HOSTILE, 1), lane('l_c', 'custom', 'Notes', 2)],
    HOSTILE,
  );
  map.lanes.push(lane('l_e', 'emotions', 'Emotions', 3));
  map.touchpoints = [touchpoint('t1', 's1', HOSTILE, 1, { ownerTeam: HOSTILE, emotion: 1 })];
  map.cards = [card('c1', 'l_c', 's1', `${HOSTILE}\u0000\u0007 tail`, 1)];
  map.personas = [persona('p1', HOSTILE, '#123456', 1)];
  map.emotions = [{ personaId: 'p1', touchpointId: 't1', value: -1 }];
  return map;
}

describe('renderMapSvg', () => {
  it('escapes hostile names everywhere and stays well-formed', () => {
    const svg = renderMapSvg(hostileMap(), { lang: 'en', url: 'https://example.com/?a=1&b="2"' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"x"');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(svg).toContain('href="https://example.com/?a=1&amp;b=&quot;2&quot;"');
    // Control characters cannot appear in XML at all: they are dropped.
    expect([...svg].some((c) => (c.codePointAt(0) ?? 0) < 9)).toBe(false);
    checkWellFormed(svg);
  });

  it('is a self-contained SVG with a viewBox, role="img" and a title', () => {
    const svg = renderMapSvg(sampleMap(), { lang: 'fi' });
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      '<title id="polku-map-title">Polkupyörän ostaminen verkosta — Asiakaspolku</title>',
    );
    expect(svg).toContain('aria-labelledby="polku-map-title"');
    // Nothing external: no images, no stylesheets, no scripts.
    expect(svg).not.toMatch(/<image|<script|<style|xlink:href|@import/);
    expect(svg).toContain('>Ystävän suositus</tspan>');
    expect(svg).toContain('>Toimituksen odotus</tspan>');
    checkWellFormed(svg);
  });

  it('adds a QR code footer with a caption when a url is given', () => {
    const plain = renderMapSvg(sampleMap(), { lang: 'fi' });
    const withUrl = renderMapSvg(sampleMap(), { lang: 'fi', url: 'https://polku.example/j/abc' });
    const height = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(height(withUrl)).toBeGreaterThan(height(plain));
    expect(withUrl).toContain('>Avaa elävä kartta</tspan>');
    expect(withUrl).toContain('<a href="https://polku.example/j/abc">');
    expect((withUrl.match(/fill="#000000"/g) ?? []).length).toBeGreaterThan(50);
    expect(renderMapSvg(sampleMap(), { lang: 'en', url: 'https://x.example' })).toContain(
      '>Open the live map</tspan>',
    );
    checkWellFormed(withUrl);
  });

  it('never links a non-web url', () => {
    const svg = renderMapSvg(sampleMap(), { lang: 'en', url: 'javascript:alert(1)' });
    expect(svg).not.toContain('href=');
    checkWellFormed(svg);
  });

  it('escapes all five XML special characters', () => {
    expect(escapeXml(`a<b>c&d"e'f`)).toBe('a&lt;b&gt;c&amp;d&quot;e&apos;f');
    expect(escapeXml('ok\u0001\uFFFE\uD800')).toBe('ok');
    expect(escapeXml('😀 ä')).toBe('😀 ä');
  });
});
