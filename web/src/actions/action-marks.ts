import { createContext, useContext } from 'react';

/** Touchpoint id → how many actions are under way there, and where the journey's actions page is. */
export interface ActionMarks {
  counts: ReadonlyMap<string, number>;
  href: string;
}
export const ActionMarksContext = createContext<ActionMarks | null>(null);
export const useActionMarks = () => useContext(ActionMarksContext);
