import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { ChoiceOption } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { LocalizedInput, otherText } from './fields.js';
import { newOptionId } from './survey-vocab.js';

interface Props {
  options: ChoiceOption[];
  languages: readonly Language[];
  lang: Language;
  readOnly: boolean;
  onChange: (options: ChoiceOption[]) => void;
}

const MIN = 2;
const MAX = 20;

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The answer options of a choice question: label per language, order, add and remove. */
export function OptionsEditor({ options, languages, lang, readOnly, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="options-editor">
      <legend>{t('surveyOptions')}</legend>
      <ol>
        {options.map((o, i) => {
          const n = i + 1;
          return (
            <li key={o.id}>
              <LocalizedInput
                label={t('surveyOptionLabel', { n })}
                value={o.label}
                lang={lang}
                maxLength={120}
                readOnly={readOnly}
                placeholder={otherText(o.label, languages, lang)}
                missing={!o.label[lang]?.trim()}
                onChange={(label) => onChange(options.map((x) => (x.id === o.id ? { ...x, label } : x)))}
              />
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    disabled={i === 0}
                    aria-label={t('surveyOptionUp', { n })}
                    onClick={() => onChange(move(options, i, i - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === options.length - 1}
                    aria-label={t('surveyOptionDown', { n })}
                    onClick={() => onChange(move(options, i, i + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    disabled={options.length <= MIN}
                    aria-label={t('surveyOptionRemove', { n })}
                    onClick={() => onChange(options.filter((x) => x.id !== o.id))}
                  >
                    {t('surveyRemove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          disabled={options.length >= MAX}
          onClick={() => onChange([...options, { id: newOptionId(), label: {} }])}
        >
          {t('surveyAddOption')}
        </button>
      )}
    </fieldset>
  );
}
