import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';

interface Props {
  laneId: string;
  stageId: string;
  label: string;
  last: number | undefined;
  touchpointId?: string | null;
  buttonText?: string;
}

export function AddCardForm({ laneId, stageId, label, last, touchpointId = null, buttonText }: Props) {
  const { t } = useI18n();
  const { controller } = useEditorEnv();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const id = useId();

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const value = text.trim();
    setOpen(false);
    setText('');
    if (!value || !controller) return;
    await controller.create('cards', {
      laneId,
      stageId,
      touchpointId,
      text: value,
      position: (last ?? 0) + 1000,
    });
  }

  if (!open) {
    return (
      <button
        type="button"
        className="add-button"
        aria-label={buttonText ? undefined : `${t('addCard')}: ${label}`}
        onClick={() => setOpen(true)}
      >
        + {buttonText ?? t('addCard')}
      </button>
    );
  }
  return (
    <form className="add-card-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('cardText')}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this field
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape') {
            setOpen(false);
            setText('');
          }
        }}
      />
      <div className="form-buttons">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setText('');
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
