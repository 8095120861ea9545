import { useSyncExternalStore } from 'react';
import type { History } from '../editor/history.js';

/** Re-renders when the undo/redo stacks change; returns what the buttons need. */
export function useHistoryState(history: History): { canUndo: boolean; canRedo: boolean } {
  useSyncExternalStore(history.subscribe, history.snapshot);
  return { canUndo: history.canUndo, canRedo: history.canRedo };
}
