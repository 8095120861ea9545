import type { Language } from '../domain/journey/vocabulary.js';

/** What an invitation email says, before it is addressed. */
export interface InvitationEmailInput {
  lang: Language;
  /** The survey's title in the recipient's language (shown in the email). */
  surveyTitle: string;
  /** The sender's own subject and message, when given (plain text). */
  subject?: string | null;
  message?: string | null;
  /** The recipient's own survey link. */
  link: string;
  unsubscribeUrl: string;
}

export interface InvitationEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const COPY: Record<
  Language,
  { subject: (t: string) => string; body: string; cta: string; unsubscribe: string; why: string }
> = {
  en: {
    subject: (t) => `${t}: tell us about your experience`,
    body: 'We would like to hear how things went. Answering takes a couple of minutes.',
    cta: 'Answer the survey',
    unsubscribe: 'Don’t want survey invitations from us? Unsubscribe',
    why: 'You received this email because you have been in touch with us.',
  },
  fi: {
    subject: (t) => `${t}: kerro meille kokemuksestasi`,
    body: 'Haluaisimme kuulla, miten asiointisi sujui. Vastaaminen vie pari minuuttia.',
    cta: 'Vastaa kyselyyn',
    unsubscribe: 'Etkö halua kyselykutsuja meiltä? Peru tilaus',
    why: 'Saat tämän viestin, koska olet asioinut kanssamme.',
  },
  sv: {
    subject: (t) => `${t}: berätta om din upplevelse`,
    body: 'Vi vill gärna höra hur det gick. Det tar ett par minuter att svara.',
    cta: 'Svara på enkäten',
    unsubscribe: 'Vill du inte få enkätinbjudningar från oss? Avsluta prenumerationen',
    why: 'Du får det här meddelandet eftersom du har varit i kontakt med oss.',
  },
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Removes line breaks from a header value (no header injection through a subject). */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

/** An invitation email in the recipient's language: plain text and simple, escaped HTML. */
export function composeInvitationEmail(i: InvitationEmailInput): InvitationEmail {
  const c = COPY[i.lang];
  const subject = oneLine(i.subject?.trim() ? i.subject : c.subject(i.surveyTitle)).slice(0, 200);
  const message = i.message?.trim() ? i.message.trim() : c.body;
  const text = [
    i.surveyTitle,
    '',
    message,
    '',
    `${c.cta}: ${i.link}`,
    '',
    '--',
    c.why,
    `${c.unsubscribe}: ${i.unsubscribeUrl}`,
    '',
  ].join('\n');
  const paragraphs = message
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="${i.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(i.surveyTitle)}</h1>
${paragraphs}
<p style="margin:24px 0"><a href="${escapeHtml(i.link)}" style="display:inline-block;background:#1a5fb4;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(c.cta)}</a></p>
<p style="font-size:13px;color:#555555">${escapeHtml(c.why)}<br><a href="${escapeHtml(i.unsubscribeUrl)}" style="color:#555555">${escapeHtml(c.unsubscribe)}</a></p>
</div>
</body></html>
`;
  return {
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${i.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}
