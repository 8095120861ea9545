import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A native modal dialog: focus is trapped, Escape closes, focus returns to the opener. */
export function Modal({ title, onClose, children }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
