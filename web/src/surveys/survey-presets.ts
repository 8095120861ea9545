import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { LocalizedText, Question } from '../../../src/domain/surveys/survey.schema.js';
import { DIMENSIONS, newQuestionId } from './survey-vocab.js';

export const PRESETS = ['nps-text', 'csat', 'ces', 'experience', 'blank'] as const;
export type Preset = (typeof PRESETS)[number];

type Texts = Record<Language, string>;

const T = {
  nps: {
    fi: 'Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?',
    sv: 'Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?',
    en: 'How likely are you to recommend us to a friend or colleague?',
  },
  reason: {
    fi: 'Mikä on tärkein syy antamaasi arvosanaan?',
    sv: 'Vad är den viktigaste anledningen till ditt betyg?',
    en: 'What is the main reason for your score?',
  },
  csat: {
    fi: 'Kuinka tyytyväinen olet kokemukseesi?',
    sv: 'Hur nöjd är du med din upplevelse?',
    en: 'How satisfied are you with your experience?',
  },
  ces: {
    fi: 'Kuinka helppoa asiasi hoitaminen oli?',
    sv: 'Hur lätt var det att få ditt ärende gjort?',
    en: 'How easy was it to get what you needed done?',
  },
  experience: {
    fi: 'Millainen kokemus oli?',
    sv: 'Hur var upplevelsen?',
    en: 'How was the experience?',
  },
  improve: {
    fi: 'Mitä voisimme tehdä paremmin?',
    sv: 'Vad kunde vi göra bättre?',
    en: 'What could we do better?',
  },
  intro: {
    fi: 'Vastaaminen vie alle minuutin.',
    sv: 'Det tar mindre än en minut att svara.',
    en: 'Answering takes less than a minute.',
  },
  thankYou: {
    fi: 'Kiitos vastauksestasi!',
    sv: 'Tack för ditt svar!',
    en: 'Thank you for your answer!',
  },
} satisfies Record<string, Texts>;

function pick(texts: Texts, languages: readonly Language[]): LocalizedText {
  return Object.fromEntries(languages.map((l) => [l, texts[l]])) as LocalizedText;
}

/** The questions, intro and thank-you text a new survey starts from, in its languages. */
export function presetContent(
  preset: Preset,
  languages: readonly Language[],
): { questions: Question[]; intro: LocalizedText; thankYou: LocalizedText } {
  const text = (key: keyof typeof T) => pick(T[key], languages);
  const openText = (key: keyof typeof T): Question => ({
    id: newQuestionId(),
    type: 'text',
    required: false,
    text: text(key),
    maxLength: 1000,
  });
  let questions: Question[] = [];
  switch (preset) {
    case 'nps-text':
      questions = [
        { id: newQuestionId(), type: 'nps', required: true, text: text('nps') },
        openText('reason'),
      ];
      break;
    case 'csat':
      questions = [
        { id: newQuestionId(), type: 'csat', required: true, text: text('csat') },
        openText('improve'),
      ];
      break;
    case 'ces':
      questions = [
        { id: newQuestionId(), type: 'ces', required: true, text: text('ces') },
        openText('improve'),
      ];
      break;
    case 'experience':
      questions = [
        {
          id: newQuestionId(),
          type: 'experience',
          required: false,
          text: text('experience'),
          dimensions: [...DIMENSIONS],
        },
        openText('improve'),
      ];
      break;
    case 'blank':
      return { questions: [], intro: {}, thankYou: text('thankYou') };
  }
  return { questions, intro: text('intro'), thankYou: text('thankYou') };
}
