import type { Language } from '../../domain/journey/vocabulary.js';

/** HTML building blocks of the respondent pages: escaping, the page frame and its CSS. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Workspace-authored multi-line text: paragraphs on blank lines, line breaks within. */
export function paragraphs(text: string, cls?: string): string {
  const attr = cls ? ` class="${cls}"` : '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${attr}>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const CSS = `*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f3f3f1}
main{max-width:40rem;margin:0 auto;padding:1rem 1rem 2rem;background:#fff;min-height:100vh}
.embed main{min-height:0}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem;overflow-wrap:anywhere}
p{overflow-wrap:anywhere}
fieldset,.q{border:0;margin:0 0 1.75rem;padding:0;min-width:0}
fieldset fieldset{margin:0 0 1rem}
legend,.q>label{display:block;font-weight:600;padding:0;margin:0 0 .5rem;overflow-wrap:anywhere}
fieldset fieldset legend{font-weight:400}
.req{font-weight:400;color:#555}
.help,.progress,.ends{color:#474747;font-size:.9375rem;margin:.25rem 0 .5rem}
.ends{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
.scale{display:grid;grid-template-columns:repeat(auto-fit,minmax(2.5rem,1fr));gap:.375rem}
.scale.n11{grid-template-columns:repeat(11,minmax(0,1fr));gap:.125rem}
@media (max-width:22rem){.scale.n11{grid-template-columns:repeat(6,minmax(0,1fr));gap:.375rem}}
.scale label{display:flex;flex-direction:column;align-items:center;gap:.125rem;padding:.375rem 0;border:1px solid #767676;border-radius:.375rem;cursor:pointer}
.opts label{display:flex;gap:.625rem;align-items:flex-start;padding:.5rem .625rem;border:1px solid #767676;border-radius:.375rem;margin-bottom:.375rem;cursor:pointer;overflow-wrap:anywhere}
label:has(:checked){background:#e6effa;border-color:#0b5cad}
input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin:.125rem 0 0;flex:none;accent-color:#0b5cad}
textarea{display:block;width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:.375rem}
:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
label:has(:focus-visible){outline:3px solid #0b5cad;outline-offset:1px}
.err{color:#b00020;font-weight:600;margin:.25rem 0 .5rem}
.summary{border:3px solid #b00020;border-radius:.375rem;padding:.75rem 1rem;margin:0 0 1.5rem}
.summary h2{font-size:1.125rem;margin:0 0 .5rem}
.summary a{color:#b00020}
.nav{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;font-weight:600;padding:.625rem 1.5rem;border-radius:.375rem;border:2px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
button.sec{background:#fff;color:#0b5cad}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.langs{margin-top:2rem;font-size:.9375rem}
.langs a{display:inline-block;margin:0 1rem .25rem 0;color:#0b5cad}`;

/** In embed mode, Escape inside the frame closes the widget's dialog (the host page cannot see the key). */
const EMBED_SCRIPT = '<script src="/s/embed.js"></script>';

/** The whole page: language, title, viewport, inline CSS; `embed` drops the outer chrome. */
export function page(opts: {
  lang: Language;
  title: string;
  body: string;
  embed?: boolean;
  tail?: string;
}): string {
  return `<!doctype html><html lang="${opts.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(opts.title)}</title><style>${CSS}</style></head><body${opts.embed ? ' class="embed"' : ''}><main>${opts.body}</main>${opts.tail ?? (opts.embed ? EMBED_SCRIPT : '')}</body></html>`;
}
