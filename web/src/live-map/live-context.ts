import { createContext, useContext } from 'react';
import type { ValueStore } from '../editor/value-store.js';
import type { LiveMapData } from './live-data.js';

/**
 * The live numbers of the map, in a store the cards read one by one (a map may hold
 * thousands of cards: a new result re-renders only the cards whose content changed).
 * Absent (null) where the map is drawn without live data (the share page, live off).
 */
export const LiveMapContext = createContext<ValueStore<LiveMapData | null> | null>(null);

export const useLiveStore = () => useContext(LiveMapContext);
