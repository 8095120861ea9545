/**
 * What a notification says, before it is shaped for a channel: a title, lines of text,
 * a link, and the event's data for machine receivers. Never a customer id.
 */
export interface Notice {
  type: 'case.opened' | 'case.escalated' | 'alert.fired' | 'recovery.survey' | 'digest' | 'test';
  title: string;
  lines: string[];
  url: string | null;
  data: Record<string, unknown>;
}

export type WebhookFormat = 'standard' | 'slack' | 'teams';

/** The JSON body a webhook receives, in the receiver's format. */
export function webhookBody(format: WebhookFormat, notice: Notice, at: string): string {
  const text = [notice.title, ...notice.lines].join('\n');
  switch (format) {
    case 'slack':
      return JSON.stringify({
        text: notice.url ? `${text}\n<${notice.url}|Open in Polku>` : text,
      });
    case 'teams':
      return JSON.stringify({
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                { type: 'TextBlock', text: notice.title, weight: 'Bolder', wrap: true },
                ...notice.lines.map((l) => ({ type: 'TextBlock', text: l, wrap: true })),
              ],
              actions: notice.url
                ? [{ type: 'Action.OpenUrl', title: 'Open in Polku', url: notice.url }]
                : [],
            },
          },
        ],
      });
    default:
      return JSON.stringify({ type: notice.type, timestamp: at, data: { ...notice.data, url: notice.url } });
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The email of a notice: plain text and HTML (every line escaped). */
export function noticeEmail(notice: Notice): { subject: string; text: string; html: string } {
  const text = [...notice.lines, '', notice.url ? `Open in Polku: ${notice.url}` : ''].join('\n').trim();
  const html = [
    `<h1 style="font-size:18px">${escapeHtml(notice.title)}</h1>`,
    ...notice.lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    notice.url ? `<p><a href="${escapeHtml(notice.url)}">Open in Polku</a></p>` : '',
  ].join('\n');
  return { subject: `[Polku] ${notice.title}`.slice(0, 200), text, html };
}
