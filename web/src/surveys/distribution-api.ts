import { apiRequest } from '../api/client.js';

export type InvitationStatus = 'queued' | 'sent' | 'failed' | 'skipped';
export type SkipReason = 'unsubscribed' | 'cooldown' | 'duplicate';

/** One invitation as the API lists it: the address only masked (m***@example.com). */
export interface InvitationView {
  id: string;
  emailMasked: string;
  status: InvitationStatus;
  /** For skipped: a SkipReason; for failed: the mail server's answer; else null. */
  reason: string | null;
  lang: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export type MailDelivery = { kind: 'smtp'; host: string } | { kind: 'outbox'; dir: string };

export interface InvitationList {
  delivery: MailDelivery;
  ratePerMinute: number;
  contactCooldownDays: number;
  counts: Record<InvitationStatus, number>;
  invitations: InvitationView[];
}

/** What the panel needs to build links, QR codes and the widget snippet. */
export interface DistributionInfo {
  /** The survey's public link (the server's public URL). */
  link: string;
  widgetScriptUrl: string;
  languages: string[];
  /** The workspace's touchpoints, for QR codes that carry a touchpoint. */
  touchpoints: { id: string; key: string; name: string; channel: string }[];
  /** The touchpoint the survey is bound to, if any. */
  boundTouchpointKey: string | null;
}

export interface Recipient {
  email: string;
  customerId?: string;
  segment?: string;
}

export interface InviteBody {
  recipients: Recipient[];
  lang?: string;
  subject?: string;
  message?: string;
}

export interface InviteResult {
  queued: number;
  skipped: Record<SkipReason, number>;
  rejected: { index: number; field: string; reason: string }[];
}

const enc = encodeURIComponent;
export const surveyPath = (w: string, s: string) => `/api/workspaces/${enc(w)}/surveys/${enc(s)}`;

/** The API calls of the distribution panel (with the session's CSRF token on changes). */
export function useDistributionApi() {
  const request = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    apiRequest<T>(method, path.replace(/^\/api/, ''), body);
  return {
    info: (w: string, s: string) => request<DistributionInfo>('GET', `${surveyPath(w, s)}/distribution`),
    invitations: (w: string, s: string) => request<InvitationList>('GET', `${surveyPath(w, s)}/invitations`),
    invite: (w: string, s: string, body: InviteBody) =>
      request<InviteResult>('POST', `${surveyPath(w, s)}/invitations`, body),
  };
}

/**
 * Reads pasted recipients: one per line, either an address alone or CSV
 * `email,customerId[,segment]`; a header line starting with "email" is skipped.
 */
export function parseRecipients(text: string): Recipient[] {
  const out: Recipient[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const [email = '', customerId = '', segment = ''] = line
      .split(/[,;\t]/)
      .map((c) => c.trim().replace(/^"|"$/g, ''));
    if (out.length === 0 && /^e-?mail$/i.test(email)) continue;
    const r: Recipient = { email };
    if (customerId) r.customerId = customerId;
    if (segment) r.segment = segment;
    out.push(r);
  }
  return out;
}
