import { useSyncExternalStore } from 'react';
import type { MapLayout } from './use-map-layout.js';

/**
 * Holds the map's current layout outside React's props, so each cell subscribes to its own
 * slice: one edit re-renders the cells whose slice changed, never the DndContext and the whole board.
 */
export class LayoutStore {
  private listeners = new Set<() => void>();
  constructor(private layout: MapLayout) {}

  get = (): MapLayout => this.layout;

  set(layout: MapLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** A slice of the layout; `select` must return the same reference while the slice is unchanged. */
export function useLayoutSlice<T>(store: LayoutStore, select: (layout: MapLayout) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
