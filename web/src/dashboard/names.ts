import { localized } from '../../../src/domain/journey/localize.js';
import type { JourneyMap, Stage, Touchpoint } from '../api/types.js';
import type { UiLanguage } from '../i18n/i18n-context.js';

/** Names of the map's stages and touchpoints in the UI language, and both in designed order. */
export interface Names {
  stage: (id: string) => string;
  touchpoint: (id: string) => string;
  stages: Stage[];
  /** Touchpoints of a stage, by position. */
  touchpointsOf: (stageId: string) => Touchpoint[];
}

export function namesOf(map: JourneyMap, lang: UiLanguage): Names {
  const stages = [...map.stages].sort((a, b) => a.position - b.position);
  const stageNames = new Map(stages.map((s) => [s.id, localized(s, 'name', lang)]));
  const tpNames = new Map(map.touchpoints.map((t) => [t.id, localized(t, 'name', lang)]));
  return {
    stage: (id) => stageNames.get(id) ?? id,
    touchpoint: (id) => tpNames.get(id) ?? id,
    stages,
    touchpointsOf: (stageId) =>
      map.touchpoints.filter((t) => t.stageId === stageId).sort((a, b) => a.position - b.position),
  };
}
