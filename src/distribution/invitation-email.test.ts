import { describe, expect, it } from 'vitest';
import { composeInvitationEmail } from './invitation-email.js';

const base = {
  surveyTitle: 'Toimitus',
  link: 'https://polku.example/s/sv_1?t=abc&lang=fi',
  unsubscribeUrl: 'https://polku.example/u/inv_1.sig',
};

describe('invitation emails', () => {
  it('speak the recipient’s language, with the link and the unsubscribe link in both parts', () => {
    const m = composeInvitationEmail({ ...base, lang: 'fi' });
    expect(m.subject).toBe('Toimitus: kerro meille kokemuksestasi');
    expect(m.text).toContain('Vastaa kyselyyn: https://polku.example/s/sv_1?t=abc&lang=fi');
    expect(m.text).toContain('Peru tilaus: https://polku.example/u/inv_1.sig');
    expect(m.html).toContain('<html lang="fi">');
    expect(m.html).toContain('href="https://polku.example/s/sv_1?t=abc&amp;lang=fi"');
    expect(m.html).toContain('href="https://polku.example/u/inv_1.sig"');
    expect(m.headers).toEqual({
      'List-Unsubscribe': '<https://polku.example/u/inv_1.sig>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    });
    expect(composeInvitationEmail({ ...base, lang: 'sv' }).subject).toBe(
      'Toimitus: berätta om din upplevelse',
    );
  });

  it('escapes the sender’s text in HTML and keeps headers on one line', () => {
    const m = composeInvitationEmail({
      ...base,
      lang: 'en',
      surveyTitle: 'A <b>survey</b>',
      subject: 'Hi\r\nBcc: evil@example.com',
      message: 'Dear customer,\n<script>alert(1)</script>\n\nThanks & bye',
    });
    expect(m.subject).toBe('Hi Bcc: evil@example.com');
    expect(m.html).toContain('<h1 style="font-size:20px;margin:0 0 16px">A &lt;b&gt;survey&lt;/b&gt;</h1>');
    expect(m.html).toContain('<p>Dear customer,<br>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(m.html).toContain('<p>Thanks &amp; bye</p>');
    expect(m.html).not.toContain('<script>');
    expect(m.text).toContain('Dear customer,\n<script>alert(1)</script>\n\nThanks & bye');
  });
});
