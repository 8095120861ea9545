import { createContext, useContext } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { EditorController } from './editor-controller.js';
import type { ValueStore } from './value-store.js';

export interface EditorEnv {
  controller: EditorController | null;
  readOnly: boolean;
  /** The language content is shown and edited in (the UI language). */
  lang: Language;
  journeyLanguage: Language;
  openTouchpoint: (id: string) => void;
  /** The touchpoint open in the side panel. */
  selection: ValueStore<string | null>;
  /** The persona whose curve the emotion points edit (null: the team's curve). */
  activeCurve: ValueStore<string | null>;
  /**
   * The cell whose cards are drop targets (the one the user focused or pressed on). Cards in
   * other cells are not droppables, so a drag on a map of thousands of cards measures only
   * the cells and one cell's cards; dropping on another cell places the card by x position.
   */
  armedCell: ValueStore<string | null>;
}

export const EditorContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEditorEnv outside the editor');
  return env;
}
