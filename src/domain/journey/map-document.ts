import { z } from 'zod';
import { newId } from './ids.js';
import {
  Card,
  type JourneyMap,
  Journey as JourneySchema,
  Lane,
  Persona,
  Stage,
  TouchpointFields,
  Translations,
} from './journey.schema.js';
import { byPosition } from './positions.js';
import { EmotionValue } from './vocabulary.js';

/**
 * The portable journey map: `polku.journey-map` version 1. Ids are replaced by refs that
 * follow the map's order (s1, s2 …), so export → import → export gives the same document.
 * Documented in docs/map-format.md.
 */
export const MAP_FORMAT = 'polku.journey-map';
export const MAP_FORMAT_VERSION = 1;

const ref = z.string().min(1).max(40);

export const MapDocument = z
  .object({
    format: z.literal(MAP_FORMAT),
    version: z.literal(MAP_FORMAT_VERSION),
    journey: JourneySchema.pick({ name: true, description: true, language: true, variant: true })
      .extend({ templateId: z.string().nullable().default(null), translations: Translations.default({}) })
      .strict(),
    stages: z
      .array(
        Stage.pick({ name: true, description: true }).extend({ ref, translations: Translations.default({}) }),
      )
      .min(1, 'a map needs at least one stage')
      .max(100),
    lanes: z
      .array(Lane.pick({ kind: true, name: true }).extend({ ref, translations: Translations.default({}) }))
      .max(50),
    personas: z
      .array(
        Persona.pick({ name: true, description: true, color: true }).extend({
          ref,
          translations: Translations.default({}),
        }),
      )
      .max(50),
    touchpoints: z
      .array(TouchpointFields.extend({ ref, stage: ref, translations: Translations.default({}) }))
      .max(5000),
    cards: z
      .array(
        Card.pick({ text: true }).extend({
          lane: ref,
          stage: ref,
          touchpoint: ref.nullable().default(null),
          translations: Translations.default({}),
        }),
      )
      .max(20000),
    emotions: z.array(z.object({ persona: ref, touchpoint: ref, value: EmotionValue })).max(100000),
  })
  .superRefine((doc, ctx) => {
    const refs = (items: { ref: string }[], path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.ref))
          ctx.addIssue({ code: 'custom', path: [path, i, 'ref'], message: `duplicate ref "${item.ref}"` });
        seen.add(item.ref);
      });
      return seen;
    };
    const stages = refs(doc.stages, 'stages');
    const lanes = refs(doc.lanes, 'lanes');
    const personas = refs(doc.personas, 'personas');
    const touchpoints = refs(doc.touchpoints, 'touchpoints');
    const need = (set: Set<string>, value: string | null, path: (string | number)[], what: string) => {
      if (value !== null && !set.has(value))
        ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${value}"` });
    };
    const keys = new Set<string>();
    doc.touchpoints.forEach((t, i) => {
      need(stages, t.stage, ['touchpoints', i, 'stage'], 'stage');
      if (keys.has(t.key))
        ctx.addIssue({
          code: 'custom',
          path: ['touchpoints', i, 'key'],
          message: `duplicate key "${t.key}"`,
        });
      keys.add(t.key);
    });
    doc.cards.forEach((c, i) => {
      need(lanes, c.lane, ['cards', i, 'lane'], 'lane');
      need(stages, c.stage, ['cards', i, 'stage'], 'stage');
      need(touchpoints, c.touchpoint, ['cards', i, 'touchpoint'], 'touchpoint');
    });
    doc.emotions.forEach((e, i) => {
      need(personas, e.persona, ['emotions', i, 'persona'], 'persona');
      need(touchpoints, e.touchpoint, ['emotions', i, 'touchpoint'], 'touchpoint');
    });
  });
export type MapDocument = z.infer<typeof MapDocument>;
export type MapDocumentInput = z.input<typeof MapDocument>;

/** The map as a portable document, everything in display order. */
export function toMapDocument(map: JourneyMap): MapDocument {
  const stages = [...map.stages].sort(byPosition);
  const lanes = [...map.lanes].sort(byPosition);
  const personas = [...map.personas].sort(byPosition);
  const stageRef = new Map(stages.map((s, i) => [s.id, `s${i + 1}`]));
  const laneRef = new Map(lanes.map((l, i) => [l.id, `l${i + 1}`]));
  const personaRef = new Map(personas.map((p, i) => [p.id, `p${i + 1}`]));
  const personaIndex = new Map(personas.map((p, i) => [p.id, i]));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const touchpoints = [...map.touchpoints].sort(
    (a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || a.position - b.position,
  );
  const touchpointRef = new Map(touchpoints.map((t, i) => [t.id, `t${i + 1}`]));
  const touchpointIndex = new Map(touchpoints.map((t, i) => [t.id, i]));
  const cards = [...map.cards].sort(
    (a, b) =>
      (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      a.position - b.position,
  );
  const emotions = [...map.emotions]
    .filter((e) => personaRef.has(e.personaId) && touchpointRef.has(e.touchpointId))
    .sort(
      (a, b) =>
        (personaIndex.get(a.personaId) ?? 0) - (personaIndex.get(b.personaId) ?? 0) ||
        (touchpointIndex.get(a.touchpointId) ?? 0) - (touchpointIndex.get(b.touchpointId) ?? 0),
    );
  const j = map.journey;
  return {
    format: MAP_FORMAT,
    version: MAP_FORMAT_VERSION,
    journey: {
      name: j.name,
      description: j.description,
      language: j.language,
      variant: j.variant,
      templateId: j.templateId,
      translations: j.translations,
    },
    stages: stages.map((s) => ({
      ref: stageRef.get(s.id)!,
      name: s.name,
      description: s.description,
      translations: s.translations,
    })),
    lanes: lanes.map((l) => ({
      ref: laneRef.get(l.id)!,
      kind: l.kind,
      name: l.name,
      translations: l.translations,
    })),
    personas: personas.map((p) => ({
      ref: personaRef.get(p.id)!,
      name: p.name,
      description: p.description,
      color: p.color,
      translations: p.translations,
    })),
    touchpoints: touchpoints.map((t) => ({
      ref: touchpointRef.get(t.id)!,
      stage: stageRef.get(t.stageId)!,
      name: t.name,
      key: t.key,
      description: t.description,
      channel: t.channel,
      mode: t.mode,
      directness: t.directness,
      ownership: t.ownership,
      ownerTeam: t.ownerTeam,
      customerAction: t.customerAction,
      needs: t.needs,
      expectations: t.expectations,
      motivations: t.motivations,
      barriers: t.barriers,
      brandPromise: t.brandPromise,
      emotion: t.emotion,
      momentOfTruth: t.momentOfTruth,
      revenueWeight: t.revenueWeight,
      engagementWeight: t.engagementWeight,
      kpis: t.kpis,
      evidence: t.evidence,
      translations: t.translations,
    })),
    cards: cards.map((c) => ({
      lane: laneRef.get(c.laneId)!,
      stage: stageRef.get(c.stageId)!,
      touchpoint: c.touchpointId ? (touchpointRef.get(c.touchpointId) ?? null) : null,
      text: c.text,
      translations: c.translations,
    })),
    emotions: emotions.map((e) => ({
      persona: personaRef.get(e.personaId)!,
      touchpoint: touchpointRef.get(e.touchpointId)!,
      value: e.value,
    })),
  };
}

/** A key not in `taken`: "checkout", then "checkout-2", "checkout-3" … */
export function uniqueKey(key: string, taken: Set<string>): string {
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) {
    const candidate = `${key.slice(0, 75)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Builds a new journey's rows from a document: fresh ids, positions 1000, 2000 …, and
 * touchpoint keys made unique against the workspace's `takenKeys`.
 */
export function fromMapDocument(
  doc: MapDocument,
  opts: { workspaceId: string; now: string; takenKeys: Set<string>; name?: string },
): JourneyMap {
  const journeyId = newId('jr');
  const ids = new Map<string, string>();
  const idFor = (kind: string, r: string, prefix: string) => {
    const k = `${kind}:${r}`;
    let v = ids.get(k);
    if (!v) {
      v = newId(prefix);
      ids.set(k, v);
    }
    return v;
  };
  const taken = new Set(opts.takenKeys);
  const pos = (i: number) => (i + 1) * 1000;
  const stageCounts = new Map<string, number>();
  const cellCounts = new Map<string, number>();
  return {
    journey: {
      id: journeyId,
      workspaceId: opts.workspaceId,
      name: opts.name ?? doc.journey.name,
      description: doc.journey.description,
      language: doc.journey.language,
      variant: doc.journey.variant,
      variantOf: null,
      templateId: doc.journey.templateId,
      archivedAt: null,
      version: 0,
      revision: 0,
      translations: doc.journey.translations,
      createdAt: opts.now,
      updatedAt: opts.now,
    },
    stages: doc.stages.map((s, i) => ({
      id: idFor('s', s.ref, 'st'),
      journeyId,
      name: s.name,
      description: s.description,
      position: pos(i),
      version: 0,
      translations: s.translations,
    })),
    lanes: doc.lanes.map((l, i) => ({
      id: idFor('l', l.ref, 'ln'),
      journeyId,
      kind: l.kind,
      name: l.name,
      position: pos(i),
      version: 0,
      translations: l.translations,
    })),
    personas: doc.personas.map((p, i) => ({
      id: idFor('p', p.ref, 'ps'),
      journeyId,
      name: p.name,
      description: p.description,
      color: p.color,
      position: pos(i),
      version: 0,
      translations: p.translations,
    })),
    touchpoints: doc.touchpoints.map(({ ref: r, stage, translations, ...fields }) => {
      const n = stageCounts.get(stage) ?? 0;
      stageCounts.set(stage, n + 1);
      const key = uniqueKey(fields.key, taken);
      taken.add(key);
      return {
        ...fields,
        key,
        id: idFor('t', r, 'tp'),
        journeyId,
        stageId: idFor('s', stage, 'st'),
        position: pos(n),
        version: 0,
        translations,
      };
    }),
    cards: doc.cards.map((c) => {
      const cell = `${c.lane}/${c.stage}`;
      const n = cellCounts.get(cell) ?? 0;
      cellCounts.set(cell, n + 1);
      return {
        id: newId('cd'),
        journeyId,
        laneId: idFor('l', c.lane, 'ln'),
        stageId: idFor('s', c.stage, 'st'),
        touchpointId: c.touchpoint ? idFor('t', c.touchpoint, 'tp') : null,
        text: c.text,
        position: pos(n),
        version: 0,
        translations: c.translations,
      };
    }),
    emotions: doc.emotions.map((e) => ({
      personaId: idFor('p', e.persona, 'ps'),
      touchpointId: idFor('t', e.touchpoint, 'tp'),
      value: e.value,
    })),
  };
}
