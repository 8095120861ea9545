import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/env.js';
import { mailDelivery } from './mailer.js';

describe('mail settings', () => {
  it('default to the outbox, the local sender and 60 a minute', () => {
    const c = loadConfig({ POLKU_DATA_DIR: '/srv/polku' });
    expect([c.smtpUrl, c.mailFrom, c.mailRatePerMinute]).toEqual([undefined, 'Polku <polku@localhost>', 60]);
    expect(mailDelivery({ smtpUrl: c.smtpUrl, outboxDir: '/srv/polku/outbox' })).toEqual({
      kind: 'outbox',
      dir: '/srv/polku/outbox',
    });
  });
  it('read an SMTP URL, a sender and a rate', () => {
    const c = loadConfig({
      POLKU_SMTP_URL: 'smtps://kyselyt:p%40ss@mail.example.fi:465',
      POLKU_MAIL_FROM: 'Kauppa <kyselyt@example.fi>',
      POLKU_MAIL_RATE_PER_MINUTE: '120',
    });
    expect([c.smtpUrl, c.mailFrom, c.mailRatePerMinute]).toEqual([
      'smtps://kyselyt:p%40ss@mail.example.fi:465',
      'Kauppa <kyselyt@example.fi>',
      120,
    ]);
    expect(mailDelivery({ smtpUrl: c.smtpUrl, outboxDir: '/x' })).toEqual({
      kind: 'smtp',
      host: 'mail.example.fi:465',
    });
  });
  it('refuse other URL schemes and a zero rate, naming the variable', () => {
    expect(() => loadConfig({ POLKU_SMTP_URL: 'http://mail.example.fi' })).toThrow(
      'POLKU_SMTP_URL: must start with smtp:// or smtps://',
    );
    expect(() => loadConfig({ POLKU_MAIL_RATE_PER_MINUTE: '0' })).toThrow(ConfigError);
  });
});
