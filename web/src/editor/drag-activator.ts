import type { useSortable } from '@dnd-kit/sortable';
import type { PointerEvent } from 'react';

type Sortable = ReturnType<typeof useSortable>;

/**
 * Props for a card's drag handle (its main button): dnd-kit's activator, plus `arm`, which
 * tells the board which cell the card is in before a drag can start (pointer or focus).
 */
export function dragActivatorProps(sortable: Sortable, arm: () => void) {
  const { setActivatorNodeRef, attributes, listeners } = sortable;
  return {
    ref: setActivatorNodeRef,
    ...attributes,
    ...listeners,
    onPointerDown: (e: PointerEvent<HTMLButtonElement>) => {
      arm();
      listeners?.onPointerDown?.(e);
    },
    onFocus: arm,
  };
}
