import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { maskEmailsIn } from './email-address.js';

/** One email to one recipient: plain text and HTML, with extra headers (List-Unsubscribe …). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Names the .eml file in the outbox (no address in file names). */
  reference: string;
}

/** Where mail goes: a real SMTP server, or .eml files in a folder when none is configured. */
export type MailDelivery = { kind: 'smtp'; host: string } | { kind: 'outbox'; dir: string };

/** Why a send failed: `transient` is worth retrying (4xx, connection trouble), `permanent` is not. */
export class MailError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

export interface Mailer {
  readonly delivery: MailDelivery;
  /** Sends one message; throws a MailError. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  /** Folder for .eml files when there is no SMTP server. */
  outboxDir: string;
}

/** The mail delivery the configuration asks for (what the UI tells its users). */
export function mailDelivery(opts: Pick<MailerOptions, 'smtpUrl' | 'outboxDir'>): MailDelivery {
  return opts.smtpUrl
    ? { kind: 'smtp', host: new URL(opts.smtpUrl).host }
    : { kind: 'outbox', dir: opts.outboxDir };
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Turns a nodemailer error into a MailError with a reason that names no address. */
export function classifyMailError(err: unknown): MailError {
  const e = (err ?? {}) as SmtpFailure;
  const reason = maskEmailsIn(String(e.response ?? e.message ?? err)).slice(0, 300);
  if (typeof e.responseCode === 'number') return new MailError(reason, e.responseCode < 500);
  // No SMTP reply: the connection, DNS or a timeout failed; worth another try.
  return new MailError(reason, !['EENVELOPE', 'EMESSAGE'].includes(e.code ?? ''));
}

function toOptions(from: string, m: MailMessage) {
  return { from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers };
}

/** A mailer over nodemailer: SMTP when `smtpUrl` is set, else .eml files in `outboxDir`. */
export function createMailer(opts: MailerOptions): Mailer {
  const delivery = mailDelivery(opts);
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport({
      url: opts.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    return {
      delivery,
      async send(m) {
        try {
          await transport.sendMail(toOptions(opts.from, m));
        } catch (err) {
          throw classifyMailError(err);
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    delivery,
    async send(m) {
      const info = await transport.sendMail(toOptions(opts.from, m));
      await mkdir(opts.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      try {
        await writeFile(join(opts.outboxDir, `${stamp}-${m.reference}.eml`), info.message as Buffer);
      } catch (err) {
        throw new MailError(`could not write to the outbox: ${(err as Error).message}`, true);
      }
    },
    close: () => transport.close(),
  };
}
