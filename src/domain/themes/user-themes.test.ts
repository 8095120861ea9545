import { describe, expect, it } from 'vitest';
import { analyseText } from './tokens.js';
import { keywordStems, userThemeMatcher } from './user-themes.js';

describe('user theme keywords', () => {
  it('stem the same way as texts, per language, stopwords included', () => {
    expect(keywordStems('toimitus', 'fi')).toEqual(['toimitu']);
    expect(keywordStems('Leverans', 'sv')).toEqual(['leveran']);
    expect(keywordStems('ei toimi', 'fi')).toEqual(['ei', 'toimi']);
  });

  it('match every form of the word, compounds, and all words of a multi-word keyword', () => {
    const match = userThemeMatcher({ id: 'u', name: 'Toimitus', keywords: ['toimitus', 'ei toimi'] });
    const fi = (text: string) => match(analyseText(text, 'fi'), 'fi');
    expect(fi('Toimitus kesti.')).toEqual(['toimitu']);
    expect(fi('Toimituksen seuranta')).toEqual(['toimitu']);
    expect(fi('Toimitukset myöhässä')).toEqual(['toimitu']);
    expect(fi('Toimitusaika venyi')).toEqual(['toimitu']);
    expect(fi('Linkki ei toimi')).toEqual(['ei', 'toimi']);
    expect(fi('Linkki toimi hyvin')).toBeNull();
    expect(fi('Toimittaja oli ystävällinen')).toBeNull();
  });
});
