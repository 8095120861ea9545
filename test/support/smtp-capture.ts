import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** Header name (lower case) → unfolded value. */
  headers: Record<string, string>;
  text: string;
  html: string;
}

export interface SmtpCapture {
  url: string;
  received: ReceivedMail[];
  /** Makes the next `count` RCPT TO commands fail with this SMTP code (e.g. 451 or 550). */
  failNext(count: number, code: number): void;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives. */
export async function startSmtpCapture(auth = { user: 'polku', pass: 's3cret' }): Promise<SmtpCapture> {
  const received: ReceivedMail[] = [];
  let failures = { count: 0, code: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(a, _session, cb) {
      if (a.username === auth.user && a.password === auth.pass) return cb(null, { user: a.username });
      return cb(new Error('bad credentials'));
    },
    onRcptTo(_address, _session, cb) {
      if (failures.count > 0) {
        failures = { count: failures.count - 1, code: failures.code };
        const err = new Error(failures.code >= 500 ? 'mailbox unavailable' : 'try again later') as Error & {
          responseCode: number;
        };
        err.responseCode = failures.code;
        return cb(err);
      }
      return cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMime(raw),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${auth.user}:${auth.pass}@127.0.0.1:${port}`,
    received,
    failNext(count, code) {
      failures = { count, code };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, enc: string, text: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text
        .replace(/_/g, ' ')
        .replace(/%/g, '%25')
        .replace(/=([0-9A-F]{2})/gi, '%$1');
      return decodeURIComponent(bytes);
    });
}

function splitHeaders(part: string): { headers: Record<string, string>; body: string } {
  const cut = part.indexOf('\r\n\r\n');
  const head = cut < 0 ? part : part.slice(0, cut);
  const body = cut < 0 ? '' : part.slice(cut + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const escaped = body
      .replace(/%/g, '%25')
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, '%$1');
    return decodeURIComponent(escaped);
  }
  return body;
}

/** A minimal MIME reader for what nodemailer writes: headers, and the text and HTML parts. */
export function parseMime(raw: string): { headers: Record<string, string>; text: string; html: string } {
  const { headers, body } = splitHeaders(raw);
  const out = { headers, text: '', html: '' };
  const walk = (h: Record<string, string>, b: string) => {
    const type = h['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      for (const piece of b.split(`--${boundary}`).slice(1)) {
        if (piece.startsWith('--')) break;
        const part = splitHeaders(piece.replace(/^\r\n/, ''));
        walk(part.headers, part.body.replace(/\r\n$/, ''));
      }
    } else if (type.startsWith('text/html')) out.html = decodeBody(h, b).replace(/\r\n/g, '\n');
    else if (type.startsWith('text/plain')) out.text = decodeBody(h, b).replace(/\r\n/g, '\n');
  };
  walk(headers, body);
  return out;
}
