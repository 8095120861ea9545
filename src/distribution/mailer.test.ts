import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMime, type SmtpCapture, startSmtpCapture } from '../../test/support/smtp-capture.js';
import { classifyMailError, createMailer, MailError, type MailMessage } from './mailer.js';

const message: MailMessage = {
  to: 'liisa@example.org',
  subject: 'Kerro kokemuksestasi',
  text: 'Hei Liisa, vastaa: https://polku.example/s/sv_1?t=x',
  html: '<p>Hei Liisa</p>',
  headers: { 'List-Unsubscribe': '<https://polku.example/u/t>' },
  reference: 'inv_test',
};

describe('mailer over SMTP', () => {
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(() => smtp.close());

  it('delivers to a real SMTP server with authentication', async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'Polku <polku@example.com>',
      outboxDir: '/nonexistent',
    });
    expect(mailer.delivery).toEqual({ kind: 'smtp', host: new URL(smtp.url).host });
    await mailer.send(message);
    mailer.close();
    const got = smtp.received.at(-1)!;
    expect(got.from).toBe('polku@example.com');
    expect(got.to).toEqual(['liisa@example.org']);
    expect(got.headers.subject).toBe('Kerro kokemuksestasi');
    expect(got.headers['list-unsubscribe']).toBe('<https://polku.example/u/t>');
    expect(got.text).toBe(message.text);
    expect(got.html).toBe(message.html);
  });

  it('tells transient from permanent failures and names no address', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'polku@example.com', outboxDir: '/nonexistent' });
    smtp.failNext(1, 451);
    const transient = await mailer.send(message).catch((e: unknown) => e);
    smtp.failNext(1, 550);
    const permanent = await mailer.send(message).catch((e: unknown) => e);
    mailer.close();
    expect(transient).toBeInstanceOf(MailError);
    expect((transient as MailError).transient).toBe(true);
    expect((permanent as MailError).transient).toBe(false);
    expect((permanent as MailError).message).toContain('550');
    expect((permanent as MailError).message).not.toContain('liisa@');
  });

  it('counts a refused connection as transient', async () => {
    const mailer = createMailer({
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'polku@example.com',
      outboxDir: '/x',
    });
    const err = await mailer.send(message).catch((e: unknown) => e);
    mailer.close();
    expect((err as MailError).transient).toBe(true);
    expect(classifyMailError({ responseCode: 421, response: '421 busy' }).transient).toBe(true);
    expect(classifyMailError({ code: 'EENVELOPE', message: 'no recipients' }).transient).toBe(false);
  });
});

describe('mailer without SMTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polku-outbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each message as an .eml file a mail program can open', async () => {
    const outboxDir = join(dir, 'outbox');
    const mailer = createMailer({ smtpUrl: undefined, from: 'polku@example.com', outboxDir });
    expect(mailer.delivery).toEqual({ kind: 'outbox', dir: outboxDir });
    await mailer.send(message);
    const files = readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-inv_test\.eml$/);
    const parsed = parseMime(readFileSync(join(outboxDir, files[0]!), 'utf8'));
    expect(parsed.headers.to).toBe('liisa@example.org');
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
  });
});
