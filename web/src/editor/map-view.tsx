import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Language } from '../../../src/domain/journey/vocabulary.js';
import type { JourneyMap } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { EditorContext, type EditorEnv } from './editor-context.js';
import type { EditorController } from './editor-controller.js';
import { LayoutStore } from './layout-store.js';
import { MapBoard } from './map-board.js';
import { useMapLayout } from './use-map-layout.js';
import { ValueStore } from './value-store.js';

interface Props {
  map: JourneyMap;
  controller: EditorController | null;
  readOnly: boolean;
  activeCurve: string | null;
  selectedTouchpoint: string | null;
  onOpenTouchpoint: (id: string) => void;
}

/** The map, editable or read-only; the editor and the share view both draw it with this. */
export function MapView({
  map,
  controller,
  readOnly,
  activeCurve,
  selectedTouchpoint,
  onOpenTouchpoint,
}: Props) {
  const { t, lang } = useI18n();
  const personaNames = useMemo(
    () => new Map(map.personas.map((p) => [p.id, localized(p, 'name', lang)])),
    [map.personas, lang],
  );
  const personaLabel = useCallback((id: string) => personaNames.get(id) ?? '', [personaNames]);
  const layout = useMapLayout(map, t('teamCurve'), personaLabel);
  const [store] = useState(() => new LayoutStore(layout));
  const [selection] = useState(() => new ValueStore<string | null>(selectedTouchpoint));
  const [curve] = useState(() => new ValueStore<string | null>(activeCurve));
  const [armedCell] = useState(() => new ValueStore<string | null>(null));
  useLayoutEffect(() => store.set(layout), [store, layout]);
  useLayoutEffect(() => selection.set(selectedTouchpoint), [selection, selectedTouchpoint]);
  useLayoutEffect(() => curve.set(activeCurve), [curve, activeCurve]);
  const journeyLanguage = map.journey.language;
  const env = useMemo<EditorEnv>(
    () => ({
      controller,
      readOnly,
      lang: lang as Language,
      journeyLanguage,
      openTouchpoint: onOpenTouchpoint,
      selection,
      activeCurve: curve,
      armedCell,
    }),
    [controller, readOnly, lang, journeyLanguage, onOpenTouchpoint, selection, curve, armedCell],
  );
  return (
    <EditorContext.Provider value={env}>
      <MapBoard store={store} personas={map.personas} />
    </EditorContext.Provider>
  );
}
