import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

interface Props {
  id?: string;
  value: string;
  label: string;
  onCommit: (value: string) => void;
  readOnly?: boolean;
  className?: string;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  /** A two-line box whose text wraps, saved on Enter like a one-line field. */
  wrap?: boolean;
}

/**
 * A text field that saves when it loses focus (or on Enter for one line). While the user is
 * not typing, it follows the latest saved value, so others' edits and conflicts show up.
 */
export function InlineText({
  id,
  value,
  label,
  onCommit,
  readOnly,
  className,
  multiline,
  required,
  maxLength,
  wrap,
}: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  function commit() {
    editing.current = false;
    const next = draft.trim();
    if (required && !next) {
      setDraft(value);
      return;
    }
    if (next !== value) onCommit(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (e.key === 'Escape') {
      editing.current = false;
      setDraft(value);
      (e.target as HTMLElement).blur();
    } else if (e.key === 'Enter' && (!multiline || wrap || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      (e.target as HTMLInputElement).blur();
    }
  }

  const common = {
    id,
    className,
    value: draft,
    readOnly,
    'aria-label': label,
    maxLength,
    onFocus: () => {
      editing.current = true;
    },
    onChange: (e: { target: { value: string } }) => {
      editing.current = true;
      setDraft(e.target.value);
    },
    onBlur: commit,
    onKeyDown,
  };
  if (wrap) return <textarea rows={2} {...common} />;
  return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
}
