import { describe, expect, it } from 'vitest';
import { analyseText, phrases, tokens } from './tokens.js';

describe('tokens', () => {
  it('lowercases, keeps åäö, drops stopwords and digits, and stems (Finnish)', () => {
    expect(tokens('Toimitus kesti liian kauan, ja paketti tuli myöhässä!', 'fi')).toEqual([
      'toimitu',
      'kest',
      'paket',
      'tuli',
      'myöhä',
    ]);
    expect(tokens('Sohvan toimitus siirtyi 2 kertaa – todella turhauttavaa.', 'fi')).toEqual([
      'sohv',
      'toimitu',
      'siirtyi',
      'turhauttav',
    ]);
  });

  it('stems Swedish and English, keeping contractions whole (stopwords)', () => {
    expect(tokens('Leveransen tog alldeles för lång tid.', 'sv')).toEqual([
      'leveran',
      'tog',
      'alldel',
      'lång',
      'tid',
    ]);
    expect(tokens("The delivery didn't arrive; tracking showed nothing for days.", 'en')).toEqual([
      'deliveri',
      'arriv',
      'track',
      'day',
    ]);
  });

  it('keeps the written word, the stem, the stopword flag and the clause of every word', () => {
    expect(analyseText('Toimitus oli hidas. Ei hyvä', 'fi')).toEqual([
      { surface: 'toimitus', stem: 'toimitu', stop: false, clause: 0 },
      { surface: 'oli', stem: 'oli', stop: true, clause: 0 },
      { surface: 'hidas', stem: 'hidas', stop: false, clause: 0 },
      { surface: 'ei', stem: 'ei', stop: true, clause: 1 },
      { surface: 'hyvä', stem: 'hyvä', stop: true, clause: 1 },
    ]);
  });
});

describe('phrases', () => {
  it('pairs adjacent content stems, skipping stopwords, never across punctuation', () => {
    expect(phrases('Toimitus kesti liian kauan, ja paketti tuli myöhässä!', 'fi')).toEqual([
      'toimitu kest',
      'paket tuli',
      'tuli myöhä',
    ]);
    expect(phrases('Toimitus oli hidas', 'fi')).toEqual(['toimitu hidas']);
    expect(phrases("The delivery didn't arrive; tracking showed nothing for days.", 'en')).toEqual([
      'deliveri arriv',
      'track day',
    ]);
  });
});
