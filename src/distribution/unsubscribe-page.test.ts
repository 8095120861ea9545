import { describe, expect, it } from 'vitest';
import { pickLanguage, renderUnsubscribePage } from './unsubscribe-page.js';

describe('unsubscribe page', () => {
  it('asks to confirm with a form that works without JavaScript', () => {
    const html = renderUnsubscribePage('confirm', 'fi', 'Kauppa <Oy>', '/u/inv_1.sig');
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('<h1>Kyselykutsujen peruminen</h1>');
    expect(html).toContain('lähettäjältä <strong>Kauppa &lt;Oy&gt;</strong>?');
    expect(html).toContain(
      '<form method="post" action="/u/inv_1.sig"><button type="submit">Peru kutsut</button></form>',
    );
    expect(html).not.toContain('<script');
  });
  it('confirms and explains in Swedish and English', () => {
    expect(renderUnsubscribePage('done', 'sv', 'Butik', '/u/x')).toContain(
      '<p role="status">Du har avslutat inbjudningarna. <strong>Butik</strong> skickar',
    );
    expect(renderUnsubscribePage('invalid', 'en', 'X', '/u/x')).toContain(
      'This unsubscribe link is not valid.',
    );
  });
  it('picks the language from the invitation, then the browser', () => {
    expect(pickLanguage('sv', 'fi-FI')).toBe('sv');
    expect(pickLanguage(null, 'de-DE,fi;q=0.8,en;q=0.5')).toBe('fi');
    expect(pickLanguage(undefined, undefined)).toBe('en');
  });
});
