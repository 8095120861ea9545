import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo, useState } from 'react';
import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import type { Card } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { dragActivatorProps } from './drag-activator.js';
import { useEditorEnv } from './editor-context.js';
import { focusSoon } from './focus.js';
import { stepCard } from './moves.js';
import { useStoreValue } from './value-store.js';

const ARROWS: Record<string, 'up' | 'down' | 'left' | 'right'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export const LaneCard = memo(function LaneCard({ card, cell }: { card: Card; cell: string }) {
  const { t } = useI18n();
  const { controller, readOnly, lang, journeyLanguage, armedCell } = useEditorEnv();
  const armed = useStoreValue(armedCell, (c) => c === cell);
  const arm = () => armedCell.set(cell);
  const [editing, setEditing] = useState(false);
  const text = localized(card, 'text', lang);
  const [draft, setDraft] = useState(text);
  const domId = `card-${card.id}`;
  const sortable = useSortable({
    id: `card:${card.id}`,
    data: { type: 'card', id: card.id, cell },
    disabled: readOnly || editing ? true : { draggable: false, droppable: !armed },
  });
  const { setNodeRef, listeners, transform, transition, isDragging } = sortable;

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const direction = ARROWS[e.key];
    if (controller && e.altKey && direction) {
      e.preventDefault();
      void stepCard(controller, card.id, direction).then(() => focusSoon(domId));
      return;
    }
    listeners?.onKeyDown?.(e);
  }

  function save() {
    setEditing(false);
    const value = draft.trim();
    if (value && value !== text && controller) {
      void controller.patch('cards', card.id, textEdit(card, 'text', value, lang, journeyLanguage), {
        label: 'edit',
      });
    }
    focusSoon(domId);
  }

  if (readOnly) {
    return <li className="lane-card">{text}</li>;
  }

  return (
    <li
      ref={setNodeRef}
      className={`lane-card${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {editing ? (
        <textarea
          className="card-edit"
          aria-label={t('cardText')}
          // biome-ignore lint/a11y/noAutofocus: editing starts on the user's request
          autoFocus
          rows={3}
          maxLength={2000}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              save();
            } else if (e.key === 'Escape') {
              setEditing(false);
              setDraft(text);
              focusSoon(domId);
            }
          }}
        />
      ) : (
        <button
          type="button"
          id={domId}
          className="card-main"
          {...dragActivatorProps(sortable, arm)}
          onKeyDown={onKeyDown}
          onClick={() => {
            setDraft(text);
            setEditing(true);
          }}
        >
          {text}
        </button>
      )}
      {!editing && (
        <button
          type="button"
          className="icon-button card-delete"
          aria-label={`${t('deleteCard')}: ${text.slice(0, 40)}`}
          title={t('deleteCard')}
          onClick={() => controller?.remove('cards', card.id)}
        >
          ×
        </button>
      )}
    </li>
  );
});
