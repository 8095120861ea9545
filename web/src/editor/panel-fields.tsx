import { type ReactNode, useEffect, useId, useState } from 'react';
import { InlineText } from './inline-text.js';

interface RowProps {
  label: string;
  children: (id: string) => ReactNode;
}

function Row({ label, children }: RowProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export function TextRow(props: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  readOnly: boolean;
  multiline?: boolean;
  required?: boolean;
  id?: string;
  /** The server's limit for the field, so the browser stops typing there instead of losing text. */
  maxLength?: number;
}) {
  return (
    <Row label={props.label}>
      {(id) => (
        <InlineText
          id={props.id ?? id}
          value={props.value}
          label={props.label}
          onCommit={props.onCommit}
          readOnly={props.readOnly}
          multiline={props.multiline}
          required={props.required}
          maxLength={props.maxLength ?? (props.multiline ? 2000 : 200)}
        />
      )}
    </Row>
  );
}

export function SelectRow<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (v: V) => void;
  readOnly: boolean;
}) {
  return (
    <Row label={props.label}>
      {(id) => (
        <select
          id={id}
          value={props.value}
          disabled={props.readOnly}
          onChange={(e) => props.onChange(e.target.value as V)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Row>
  );
}

/** A number input that saves on blur; empty means null when `nullable`. */
export function NumberRow(props: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
  nullable?: boolean;
  onCommit: (v: number | null) => void;
  readOnly: boolean;
}) {
  const [draft, setDraft] = useState(props.value === null ? '' : String(props.value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(props.value === null ? '' : String(props.value));
  }, [props.value, focused]);
  function commit() {
    setFocused(false);
    if (draft.trim() === '') {
      if (props.nullable && props.value !== null) props.onCommit(null);
      else if (!props.nullable) setDraft(String(props.value ?? 0));
      return;
    }
    const n = Number(draft);
    if (!Number.isFinite(n)) return;
    const clamped = Math.max(props.min, Math.min(props.max, n));
    if (clamped !== props.value) props.onCommit(clamped);
    setDraft(String(clamped));
  }
  return (
    <Row label={props.label}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={props.min}
          max={props.max}
          step={props.step}
          value={draft}
          readOnly={props.readOnly}
          onFocus={() => setFocused(true)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      )}
    </Row>
  );
}

export function CheckRow(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  readOnly: boolean;
}) {
  return (
    <div className="field checkbox">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          disabled={props.readOnly}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
    </div>
  );
}
