import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { Question, ShowIf, ShowIfOp } from '../../../src/domain/surveys/survey.schema.js';
import { useI18n } from '../hooks/use-i18n.js';
import { Field } from './fields.js';
import { questionLabel } from './question-label.js';
import { scaleOf } from './survey-vocab.js';

interface Props {
  question: Question;
  /** The questions before this one, with their positions in the survey. */
  earlier: { q: Question; index: number }[];
  lang: Language;
  readOnly: boolean;
  onChange: (showIf: ShowIf | undefined) => void;
}

const canDrive = (q: Question) => scaleOf(q) !== null || q.type === 'single' || q.type === 'multiple';

function opsFor(q: Question): ShowIfOp[] {
  if (q.type === 'single') return ['eq', 'neq'];
  if (q.type === 'multiple') return ['includes'];
  return ['lte', 'gte', 'eq', 'neq'];
}

/** A condition that makes sense for a newly chosen source question. */
function defaultCondition(q: Question): ShowIf {
  const scale = scaleOf(q);
  if (scale) {
    const value = q.type === 'nps' ? 6 : Math.floor((scale.min + scale.max) / 2);
    return { questionId: q.id, op: 'lte', value };
  }
  const first = q.type === 'single' || q.type === 'multiple' ? (q.options[0]?.id ?? 'o_x') : 'o_x';
  return { questionId: q.id, op: q.type === 'multiple' ? 'includes' : 'eq', value: first };
}

/** "Show only if <earlier question> ≤ / ≥ / = … <value>". */
export function DisplayLogicEditor({ question, earlier, lang, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const sources = earlier.filter((e) => canDrive(e.q));
  const rule = question.showIf;
  const source = rule ? sources.find((s) => s.q.id === rule.questionId) : undefined;

  return (
    <fieldset className="display-logic">
      <legend>{t('surveyDisplayLogic')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={rule !== undefined}
          disabled={readOnly || (sources.length === 0 && rule === undefined)}
          onChange={(e) => {
            const first = sources[0];
            onChange(e.target.checked && first ? defaultCondition(first.q) : undefined);
          }}
        />
        {t('surveyShowOnlyIf')}
      </label>
      {sources.length === 0 && rule === undefined && <p className="hint">{t('surveyNoLogicSources')}</p>}
      {rule && !source && (
        <p role="alert" className="form-error">
          {t('surveyLogicSourceGone')}
        </p>
      )}
      {rule && (
        <div className="logic-row">
          <Field label={t('surveyLogicQuestion')}>
            {(id) => (
              <select
                id={id}
                value={source ? rule.questionId : ''}
                disabled={readOnly}
                onChange={(e) => {
                  const next = sources.find((s) => s.q.id === e.target.value);
                  if (next) onChange(defaultCondition(next.q));
                }}
              >
                {!source && <option value="">—</option>}
                {sources.map((s) => (
                  <option key={s.q.id} value={s.q.id}>
                    {questionLabel(s.q, s.index, lang, t)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {source && (
            <Field label={t('surveyLogicCondition')}>
              {(id) => (
                <select
                  id={id}
                  value={rule.op}
                  disabled={readOnly}
                  onChange={(e) => onChange({ ...rule, op: e.target.value as ShowIfOp })}
                >
                  {opsFor(source.q).map((op) => (
                    <option key={op} value={op}>
                      {t(`surveyOp_${op}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {source && (
            <ValueField source={source.q} rule={rule} lang={lang} readOnly={readOnly} onChange={onChange} />
          )}
        </div>
      )}
    </fieldset>
  );
}

function ValueField({
  source,
  rule,
  lang,
  readOnly,
  onChange,
}: {
  source: Question;
  rule: ShowIf;
  lang: Language;
  readOnly: boolean;
  onChange: (showIf: ShowIf) => void;
}) {
  const { t } = useI18n();
  const scale = scaleOf(source);
  if (scale) {
    return (
      <Field label={t('surveyLogicValue')} hint={t('surveyLogicRange', { min: scale.min, max: scale.max })}>
        {(id, describedBy) => (
          <input
            id={id}
            aria-describedby={describedBy}
            type="number"
            min={scale.min}
            max={scale.max}
            step={1}
            value={typeof rule.value === 'number' ? rule.value : ''}
            readOnly={readOnly}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value === '' || !Number.isFinite(n)) return;
              onChange({ ...rule, value: Math.max(scale.min, Math.min(scale.max, Math.round(n))) });
            }}
          />
        )}
      </Field>
    );
  }
  const options = source.type === 'single' || source.type === 'multiple' ? source.options : [];
  return (
    <Field label={t('surveyLogicOption')}>
      {(id) => (
        <select
          id={id}
          value={String(rule.value)}
          disabled={readOnly}
          onChange={(e) => onChange({ ...rule, value: e.target.value })}
        >
          {options.map((o, i) => (
            <option key={o.id} value={o.id}>
              {o.label[lang]?.trim() || t('surveyOptionN', { n: i + 1 })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
