import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { Question } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { DisplayLogicEditor } from './display-logic-editor.js';
import { Field, LocalizedInput, otherText } from './fields.js';
import { OptionsEditor } from './options-editor.js';
import { DIMENSIONS } from './survey-vocab.js';

interface Props {
  question: Question;
  index: number;
  questions: Question[];
  languages: readonly Language[];
  lang: Language;
  readOnly: boolean;
  onChange: (q: Question) => void;
}

/** Every setting of one question; texts in the language tab's language. */
export function QuestionEditor({
  question: q,
  index,
  questions,
  languages,
  lang,
  readOnly,
  onChange,
}: Props) {
  const { t } = useI18n();
  const n = index + 1;
  const hint = (value: Record<string, string | undefined> | undefined) => otherText(value, languages, lang);
  const set = (fields: Partial<Question>) => onChange({ ...q, ...fields } as Question);

  return (
    <div className="question-editor">
      <LocalizedInput
        label={t('surveyQuestionText', { n })}
        value={q.text}
        lang={lang}
        multiline
        maxLength={500}
        readOnly={readOnly}
        placeholder={hint(q.text)}
        missing={!q.text[lang]?.trim()}
        onChange={(text) => set({ text })}
      />
      <LocalizedInput
        label={t('surveyHelpText')}
        value={q.help}
        lang={lang}
        maxLength={500}
        readOnly={readOnly}
        placeholder={hint(q.help)}
        onChange={(help) => set({ help })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={q.required}
          disabled={readOnly}
          onChange={(e) => set({ required: e.target.checked })}
        />
        {t('surveyRequired')}
      </label>
      {(q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'rating') && (
        <div className="two-col">
          <LocalizedInput
            label={t('surveyLowLabel')}
            value={q.lowLabel}
            lang={lang}
            maxLength={120}
            readOnly={readOnly}
            placeholder={hint(q.lowLabel) || t('surveyDefaultEnd')}
            onChange={(lowLabel) => set({ lowLabel })}
          />
          <LocalizedInput
            label={t('surveyHighLabel')}
            value={q.highLabel}
            lang={lang}
            maxLength={120}
            readOnly={readOnly}
            placeholder={hint(q.highLabel) || t('surveyDefaultEnd')}
            onChange={(highLabel) => set({ highLabel })}
          />
        </div>
      )}
      {q.type === 'rating' && (
        <div className="two-col">
          <Field label={t('surveyScaleMin')}>
            {(id) => (
              <select
                id={id}
                value={q.min}
                disabled={readOnly}
                onChange={(e) => set({ min: Number(e.target.value) })}
              >
                <option value={0}>0</option>
                <option value={1}>1</option>
              </select>
            )}
          </Field>
          <Field label={t('surveyScaleMax')}>
            {(id) => (
              <select
                id={id}
                value={q.max}
                disabled={readOnly}
                onChange={(e) => set({ max: Number(e.target.value) })}
              >
                {[2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {(q.type === 'single' || q.type === 'multiple') && (
        <OptionsEditor
          options={q.options}
          languages={languages}
          lang={lang}
          readOnly={readOnly}
          onChange={(options) => set({ options })}
        />
      )}
      {q.type === 'multiple' && (
        <Field label={t('surveyMaxChoices')}>
          {(id) => (
            <select
              id={id}
              value={q.max ?? 0}
              disabled={readOnly}
              onChange={(e) => {
                const v = Number(e.target.value);
                set({ max: v === 0 ? undefined : v });
              }}
            >
              <option value={0}>{t('surveyNoLimit')}</option>
              {q.options.map((_, i) => (
                <option key={String(i + 1)} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {q.type === 'text' && (
        <Field label={t('surveyMaxLength')}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={5000}
              value={q.maxLength}
              readOnly={readOnly}
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (v >= 1 && v <= 5000) set({ maxLength: v });
              }}
            />
          )}
        </Field>
      )}
      {q.type === 'experience' && (
        <fieldset className="dimensions">
          <legend>{t('surveyDimensions')}</legend>
          {DIMENSIONS.map((d) => {
            const on = q.dimensions.includes(d);
            return (
              <div key={d} className="dimension">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={readOnly || (on && q.dimensions.length === 1)}
                    onChange={(e) =>
                      set({
                        dimensions: e.target.checked
                          ? DIMENSIONS.filter((x) => x === d || q.dimensions.includes(x))
                          : q.dimensions.filter((x) => x !== d),
                      })
                    }
                  />
                  {t(`surveyDim_${d}`)}
                </label>
                {on && (
                  <LocalizedInput
                    label={t('surveyStatement', { dimension: t(`surveyDim_${d}`) })}
                    value={q.statements?.[d]}
                    lang={lang}
                    maxLength={300}
                    readOnly={readOnly}
                    placeholder={hint(q.statements?.[d]) || t('surveyDefaultStatement')}
                    onChange={(text) => set({ statements: { ...q.statements, [d]: text } })}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      {q.type === 'expectation' && (
        <LocalizedInput
          label={t('surveyAspect')}
          value={q.aspect}
          lang={lang}
          maxLength={120}
          readOnly={readOnly}
          placeholder={hint(q.aspect)}
          missing={!q.aspect[lang]?.trim()}
          onChange={(aspect) => set({ aspect })}
        />
      )}
      <DisplayLogicEditor
        question={q}
        earlier={questions.slice(0, index).map((x, i) => ({ q: x, index: i }))}
        lang={lang}
        readOnly={readOnly}
        onChange={(showIf) => {
          const { showIf: _old, ...rest } = q;
          onChange((showIf ? { ...rest, showIf } : rest) as Question);
        }}
      />
    </div>
  );
}
