import { useSyncExternalStore } from 'react';
import type { EditorController, SaveState } from '../editor/editor-controller.js';

export function useSaveStatus(controller: EditorController): SaveState {
  return useSyncExternalStore(controller.subscribeStatus, controller.getStatus);
}
