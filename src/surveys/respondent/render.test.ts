import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import { renderPolite, renderQuestionScreen, renderThankYou } from './render.js';

const evil = '<img src=x onerror=alert(1)>"\'&';
const t = { fi: evil, en: evil };
const def = SurveyDefinition.parse({
  name: evil,
  level: 'relationship',
  journeyId: null,
  touchpointId: null,
  audience: 'customer',
  layout: 'single-page',
  languages: ['fi', 'en'],
  defaultLanguage: 'fi',
  questions: [
    { id: 'q_nps', type: 'nps', text: t, help: t, lowLabel: t, highLabel: t },
    {
      id: 'q_one',
      type: 'single',
      text: t,
      options: [
        { id: 'o_a', label: t },
        { id: 'o_b', label: t },
      ],
    },
    {
      id: 'q_many',
      type: 'multiple',
      max: 1,
      text: t,
      options: [
        { id: 'o_a', label: t },
        { id: 'o_b', label: t },
      ],
    },
    { id: 'q_text', type: 'text', text: t },
    { id: 'q_exp', type: 'experience', text: t, statements: { social: t } },
    { id: 'q_pair', type: 'expectation', text: t, aspect: t },
  ],
  intro: t,
  thankYou: t,
});

describe('respondent rendering', () => {
  it('escapes every workspace text and every echoed answer', () => {
    const html = renderQuestionScreen({
      def,
      surveyId: 'sv_1',
      version: 1,
      lang: 'en',
      questions: def.questions,
      pageIndex: 0,
      answers: { q_text: '</textarea><script>x()</script>' },
      errors: { q_text: { code: 'too_long', max: 3 } },
      hidden: { s: 'ss_1', c: 'a"b' },
      canGoBack: false,
      last: true,
      showIntro: true,
      embed: false,
      action: '/s/sv_1?lang=en',
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>');
    expect(html).toContain('<input type="hidden" name="c" value="a&quot;b">');
    expect(renderThankYou({ def, lang: 'fi', embed: false })).not.toContain('<img');
  });

  it('labels both ends of every scale and words the battery parts', () => {
    const plain = SurveyDefinition.parse({
      ...def,
      name: 'Kysely',
      questions: [
        { id: 'q_ces', type: 'ces', text: { fi: 'Helppoutta?' } },
        { id: 'q_exp', type: 'experience', dimensions: ['cognitive'], text: { fi: 'Kokemus' } },
        { id: 'q_pair', type: 'expectation', text: { fi: 'Toimitus' }, aspect: { fi: 'nopeus' } },
      ],
    });
    const html = renderQuestionScreen({
      def: plain,
      surveyId: 'sv_1',
      version: 1,
      lang: 'fi',
      questions: plain.questions,
      pageIndex: 0,
      answers: {},
      errors: {},
      hidden: { s: 'ss_1', c: '' },
      canGoBack: false,
      last: true,
      showIntro: false,
      embed: false,
      action: '/s/sv_1',
    });
    expect(html).toContain('<span>1 = erittäin vaikeaa</span> <span>7 = erittäin helppoa</span>');
    expect(html).toContain('<legend>Oli helppo ymmärtää, mitä piti tehdä.</legend>');
    expect(html).toContain('<span>1 = täysin eri mieltä</span> <span>5 = täysin samaa mieltä</span>');
    expect(html).toContain('<legend>Odotuksesi: nopeus</legend>');
    expect(html).toContain('<legend>Kokemuksesi: nopeus</legend>');
    expect(html).toContain('name="q_pair.expected" id="q_pair-expected-1" value="1"');
  });

  it('says a closed survey is closed, in the respondent language', () => {
    expect(renderPolite('closed', 'sv')).toContain(
      '<p>Den här enkäten är stängd. Tack för ditt intresse.</p>',
    );
    expect(renderPolite('closed', 'en')).toContain('<html lang="en">');
  });
});
