import { newId } from '../domain/journey/ids.js';
import type { JourneyCreate, JourneyMap } from '../domain/journey/journey.schema.js';
import { DEFAULT_LANES, findTemplate } from '../domain/journey/templates.js';

/**
 * A new journey from a template: the template's stages and the default lanes, named in the
 * journey's language (en or fi) with the other language as a translation.
 */
export function newJourneyFromTemplate(
  workspaceId: string,
  input: JourneyCreate,
  now: string,
): JourneyMap | undefined {
  const template = findTemplate(input.templateId);
  if (!template) return undefined;
  const journeyId = newId('jr');
  const base = input.language === 'fi' ? 'fi' : 'en';
  const other = base === 'fi' ? 'en' : 'fi';
  const named = (t: { en: string; fi: string }) => ({
    name: t[base],
    translations: { [other]: { name: t[other] } },
  });
  return {
    journey: {
      id: journeyId,
      workspaceId,
      name: input.name,
      description: input.description,
      language: input.language,
      variant: 'as_is',
      variantOf: null,
      templateId: template.id,
      archivedAt: null,
      version: 0,
      revision: 0,
      translations: {},
      createdAt: now,
      updatedAt: now,
    },
    stages: template.stages.map((s, i) => ({
      id: newId('st'),
      journeyId,
      description: '',
      position: (i + 1) * 1000,
      version: 0,
      ...named(s),
    })),
    lanes: DEFAULT_LANES.map((l, i) => ({
      id: newId('ln'),
      journeyId,
      kind: l.kind,
      position: (i + 1) * 1000,
      version: 0,
      ...named(l),
    })),
    touchpoints: [],
    cards: [],
    personas: [],
    emotions: [],
  };
}
