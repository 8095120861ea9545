import { useRef } from 'react';

/**
 * `prefix:id` for each item, as the same array while the ids do not change: dnd-kit's
 * SortableContext then keeps its context value, and the cards in it do not re-render.
 */
export function useStableIds(prefix: string, items: readonly { id: string }[]): string[] {
  const ref = useRef<string[]>([]);
  const previous = ref.current;
  const same =
    previous.length === items.length && items.every((item, i) => previous[i] === `${prefix}${item.id}`);
  if (!same) ref.current = items.map((item) => `${prefix}${item.id}`);
  return ref.current;
}
