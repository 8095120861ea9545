import type { Language } from '../domain/journey/vocabulary.js';
import { escapeHtml } from './invitation-email.js';

export type UnsubscribeState = 'confirm' | 'done' | 'invalid';

const COPY: Record<
  Language,
  { title: string; confirm: string; button: string; done: string; invalid: string; note: string }
> = {
  en: {
    title: 'Unsubscribe from survey invitations',
    confirm: 'Do you want to stop receiving survey invitations from {org}?',
    button: 'Unsubscribe',
    done: 'You have been unsubscribed. {org} will not send you survey invitations any more.',
    invalid: 'This unsubscribe link is not valid. It may have been copied incompletely.',
    note: 'Your email address is not stored for this: only a one-way fingerprint of it.',
  },
  fi: {
    title: 'Kyselykutsujen peruminen',
    confirm: 'Haluatko lopettaa kyselykutsujen vastaanottamisen lähettäjältä {org}?',
    button: 'Peru kutsut',
    done: 'Kutsut on peruttu. {org} ei enää lähetä sinulle kyselykutsuja.',
    invalid: 'Tämä peruutuslinkki ei ole kelvollinen. Se on ehkä kopioitu vajaana.',
    note: 'Sähköpostiosoitettasi ei tallenneta tätä varten: vain siitä laskettu yksisuuntainen tunniste.',
  },
  sv: {
    title: 'Avsluta enkätinbjudningar',
    confirm: 'Vill du sluta få enkätinbjudningar från {org}?',
    button: 'Avsluta',
    done: 'Du har avslutat inbjudningarna. {org} skickar inte längre enkätinbjudningar till dig.',
    invalid: 'Den här avregistreringslänken är inte giltig. Den kan ha kopierats ofullständigt.',
    note: 'Din e-postadress sparas inte för detta: bara ett envägsfingeravtryck av den.',
  },
};

/** Picks fi, sv or en: the invitation's language, else the browser's Accept-Language. */
export function pickLanguage(
  preferred: string | null | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (preferred === 'fi' || preferred === 'sv' || preferred === 'en') return preferred;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code;
  }
  return 'en';
}

/**
 * The unsubscribe page: server-rendered, no JavaScript, a plain form that POSTs back to
 * the same address. `org` is the workspace's name (escaped here).
 */
export function renderUnsubscribePage(
  state: UnsubscribeState,
  lang: Language,
  org: string,
  action: string,
): string {
  const c = COPY[lang];
  const fill = (s: string) => escapeHtml(s).replace('{org}', `<strong>${escapeHtml(org)}</strong>`);
  const body =
    state === 'confirm'
      ? `<p>${fill(c.confirm)}</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(c.button)}</button></form>
<p class="note">${escapeHtml(c.note)}</p>`
      : state === 'done'
        ? `<p role="status">${fill(c.done)}</p>`
        : `<p>${escapeHtml(c.invalid)}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(c.title)}</title>
<style>
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
h1{font-size:1.4rem;margin-top:0}
button{font:inherit;padding:.7rem 1.3rem;min-height:44px;border:0;border-radius:6px;background:#1a5fb4;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.note{color:#4a4f57;font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(c.title)}</h1>
${body}
</main>
</body>
</html>
`;
}
