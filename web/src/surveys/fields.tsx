import { type ReactNode, useId } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { LocalizedText } from '../../../src/domain/surveys/survey.schema.js';

/**
 * A labelled field: the label's `for` points at the control `children` renders with `id`;
 * a hint is tied to the control by the `describedBy` id.
 */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextProps {
  label: string;
  value: LocalizedText | undefined;
  lang: Language;
  onChange: (next: LocalizedText) => void;
  maxLength: number;
  multiline?: boolean;
  readOnly?: boolean;
  /** Shown while this language's text is empty (the text in another language). */
  placeholder?: string;
  missing?: boolean;
}

/** One language's text of a translated field, saved as the user types. */
export function LocalizedInput({
  label,
  value,
  lang,
  onChange,
  maxLength,
  multiline,
  readOnly,
  placeholder,
  missing,
}: TextProps) {
  const text = value?.[lang] ?? '';
  const change = (v: string) => onChange({ ...value, [lang]: v });
  return (
    <Field label={label}>
      {(id) =>
        multiline ? (
          <textarea
            id={id}
            rows={2}
            lang={lang}
            value={text}
            maxLength={maxLength}
            readOnly={readOnly}
            placeholder={placeholder}
            aria-invalid={missing || undefined}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            lang={lang}
            value={text}
            maxLength={maxLength}
            readOnly={readOnly}
            placeholder={placeholder}
            aria-invalid={missing || undefined}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** The text in another of the survey's languages, as a hint while this one is empty. */
export function otherText(
  value: LocalizedText | undefined,
  languages: readonly Language[],
  lang: Language,
): string {
  for (const l of languages) {
    const v = value?.[l];
    if (l !== lang && v?.trim()) return v;
  }
  return '';
}
