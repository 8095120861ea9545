import { type KeyboardEvent, useId, useState } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { Question, QuestionType } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { Field } from './fields.js';
import { questionMissing } from './missing-texts.js';
import { QuestionEditor } from './question-editor.js';
import { questionLabel } from './question-label.js';
import { blankQuestion, QUESTION_TYPE_LIST } from './survey-vocab.js';

interface Props {
  questions: Question[];
  languages: readonly Language[];
  lang: Language;
  readOnly: boolean;
  onChange: (questions: Question[]) => void;
  /** Called with the index of a question the user opens (the preview follows it). */
  onOpen: (index: number) => void;
}

const headId = (id: string) => `qhead-${id}`;
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** Questions in order: add, edit, move (buttons or Alt+↑/↓), remove. */
export function QuestionList({ questions, languages, lang, readOnly, onChange, onOpen }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(questions[0]?.id ?? null);
  const [type, setType] = useState<QuestionType>('nps');
  const [message, setMessage] = useState('');
  const listId = useId();

  function move(index: number, delta: number) {
    const to = index + delta;
    const q = questions[index];
    if (!q || to < 0 || to >= questions.length) return;
    const next = [...questions];
    next.splice(index, 1);
    next.splice(to, 0, q);
    onChange(next);
    setMessage(t('surveyMoved', { n: to + 1 }));
    focusLater(headId(q.id));
  }
  function remove(index: number) {
    const q = questions[index];
    if (!q) return;
    // a condition on the removed question goes with it
    const next = questions
      .filter((x) => x.id !== q.id)
      .map((x) => {
        if (x.showIf?.questionId !== q.id) return x;
        const { showIf: _gone, ...rest } = x;
        return rest as Question;
      });
    onChange(next);
    setMessage(t('surveyRemoved', { n: index + 1 }));
    const neighbour = next[Math.min(index, next.length - 1)];
    focusLater(neighbour ? headId(neighbour.id) : `${listId}-type`);
  }
  function add() {
    const q = blankQuestion(type);
    onChange([...questions, q]);
    setOpen(q.id);
    onOpen(questions.length);
    setMessage(t('surveyAdded', { n: questions.length + 1 }));
    focusLater(headId(q.id));
  }
  function onHeadKey(e: KeyboardEvent, index: number) {
    if (!e.altKey || readOnly) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index, -1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, 1);
    }
  }

  return (
    <section className="question-list" aria-labelledby={`${listId}-heading`}>
      <h2 id={`${listId}-heading`}>{t('surveyQuestions')}</h2>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {questions.length === 0 ? (
        <p>{t('surveyNoQuestions')}</p>
      ) : (
        !readOnly && <p className="hint">{t('surveyMoveHint')}</p>
      )}
      <ol>
        {questions.map((q, i) => {
          const expanded = open === q.id;
          const label = questionLabel(q, i, lang, t);
          const missing = questionMissing(q, lang);
          return (
            <li key={q.id} className={expanded ? 'question open' : 'question'}>
              <div className="question-head">
                <button
                  type="button"
                  id={headId(q.id)}
                  className="question-toggle"
                  aria-expanded={expanded}
                  aria-controls={expanded ? `qbody-${q.id}` : undefined}
                  aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
                  onClick={() => {
                    setOpen(expanded ? null : q.id);
                    if (!expanded) onOpen(i);
                  }}
                  onKeyDown={(e) => onHeadKey(e, i)}
                >
                  <span className="badge">{t(`surveyType_${q.type}`)}</span> {label}
                  {q.required && <span className="q-flag"> · {t('surveyRequiredShort')}</span>}
                  {q.showIf && <span className="q-flag"> · {t('surveyHasLogic')}</span>}
                  {missing && <span className="q-flag missing"> · {t('surveyTextMissing')}</span>}
                </button>
                {!readOnly && (
                  <div className="button-row">
                    <button
                      type="button"
                      disabled={i === 0}
                      aria-label={t('surveyMoveUp', { n: i + 1 })}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === questions.length - 1}
                      aria-label={t('surveyMoveDown', { n: i + 1 })}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('surveyRemoveQuestion', { n: i + 1 })}
                      onClick={() => remove(i)}
                    >
                      {t('surveyRemove')}
                    </button>
                  </div>
                )}
              </div>
              {expanded && (
                <div id={`qbody-${q.id}`} className="question-body">
                  <QuestionEditor
                    question={q}
                    index={i}
                    questions={questions}
                    languages={languages}
                    lang={lang}
                    readOnly={readOnly}
                    onChange={(changed) => onChange(questions.map((x) => (x.id === q.id ? changed : x)))}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="inline-form add-question">
          <Field label={t('surveyQuestionType')}>
            {(id) => (
              <select id={id} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
                {QUESTION_TYPE_LIST.map((qt) => (
                  <option key={qt} value={qt}>
                    {t(`surveyType_${qt}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" id={`${listId}-type`} onClick={add} disabled={questions.length >= 100}>
            {t('surveyAddQuestion')}
          </button>
        </div>
      )}
    </section>
  );
}
