import { createContext, useContext } from 'react';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { EditorController } from './editor-controller.js';

export interface EditorEnv {
  controller: EditorController | null;
  readOnly: boolean;
  /** The language content is shown and edited in (the UI language). */
  lang: Language;
  journeyLanguage: Language;
  openTouchpoint: (id: string) => void;
}

export const EditorContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEditorEnv outside the editor');
  return env;
}
