import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import type { Translate } from '../i18n/i18n-context.js';
import { issueText, missingText } from './issue-text.js';

const t: Translate = (key, params) =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));

describe('issue texts', () => {
  it('names the question and the language of a publish error', () => {
    expect(issueText('questions.1.text.sv', 'question q_x has no Swedish (sv) text', t)).toBe(
      'Question 2 · Swedish: question q_x has no Swedish (sv) text',
    );
    expect(issueText('questions.0.options.1.label.en', 'no English label', t)).toBe(
      'Question 1 · English: no English label',
    );
    expect(issueText('thankYou.fi', 'no Finnish version', t)).toBe(
      'Thank-you text · Finnish: no Finnish version',
    );
    expect(issueText('questions', 'needs a question', t)).toBe('needs a question');
  });

  it('says which text is still to write', () => {
    expect(missingText({ language: 'sv', question: 2, what: 'option' }, t)).toBe(
      'Question 3 · Swedish: option label',
    );
    expect(missingText({ language: 'fi', question: null, what: 'intro' }, t)).toBe('Finnish: introduction');
  });
});
