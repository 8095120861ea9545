import { z } from 'zod';

/**
 * An improvement action (the outer loop): a change to a process, tied to touchpoints, pain
 * points (cards in a pain-points lane) and open-text themes, with an owner, a status, dates
 * and a target metric whose before/after the impact view shows.
 */

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const ActionStatus = z.enum(['planned', 'in_progress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof ActionStatus>;
/** Planned and in-progress actions are "under way": the map marks their touchpoints. */
export const UNDER_WAY: readonly ActionStatus[] = ['planned', 'in_progress'];

export const ActionMetric = z.enum(['nps', 'csat', 'ces', 'conversion']);
export type ActionMetric = z.infer<typeof ActionMetric>;

/** A calendar day, YYYY-MM-DD (UTC). */
export const CalendarDate = z.iso.date({ message: 'use a date like 2026-03-31' });

export const TargetMetric = z
  .object({
    metric: ActionMetric,
    /** The touchpoint whose metric is measured (one of the journey's touchpoints). */
    touchpointId: id,
    /** The value the action aims for, on the metric's scale (NPS −100…100, CSAT/conversion %, CES 1–7). */
    target: z.number().finite().nullable().default(null),
  })
  .strict();
export type TargetMetric = z.infer<typeof TargetMetric>;

const fields = {
  title: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  description: text(5000),
  touchpointIds: z.array(id).max(50, 'at most 50 touchpoints'),
  /** Card ids of pain points (cards in a pain_points lane of the journey). */
  painPointIds: z.array(id).max(50, 'at most 50 pain points'),
  /** Theme ids (`th_…` or `auto:…`) or labels, as the themes view names them. */
  themes: z.array(z.string().trim().min(1, 'must not be empty').max(120)).max(20, 'at most 20 themes'),
  /** A member of the workspace, or null. */
  ownerUserId: id.nullable(),
  /** A team name, like a touchpoint's owner team. */
  ownerTeam: text(120),
  status: ActionStatus,
  startDate: CalendarDate,
  dueDate: CalendarDate.nullable(),
  /** The day it was done (set when the status becomes done, unless given). */
  doneDate: CalendarDate.nullable(),
  targetMetric: TargetMetric.nullable(),
};

/** What a client sends to create an action. */
export const ActionCreate = z
  .object({
    journeyId: id,
    title: fields.title,
    description: fields.description.default(''),
    touchpointIds: fields.touchpointIds.default([]),
    painPointIds: fields.painPointIds.default([]),
    themes: fields.themes.default([]),
    ownerUserId: fields.ownerUserId.default(null),
    ownerTeam: fields.ownerTeam.default(''),
    status: fields.status.default('planned'),
    startDate: fields.startDate,
    dueDate: fields.dueDate.default(null),
    doneDate: fields.doneDate.default(null),
    targetMetric: fields.targetMetric.default(null),
  })
  .strict();
export type ActionCreate = z.infer<typeof ActionCreate>;

/** What a client sends to change an action: any of the fields (not its journey). */
export const ActionPatch = z.object(fields).partial().strict();
export type ActionPatch = z.infer<typeof ActionPatch>;

export const ImprovementAction = z.object({
  id,
  workspaceId: id,
  journeyId: id,
  ...fields,
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImprovementAction = z.infer<typeof ImprovementAction>;

/** The list's filters (query string). */
export const ActionFilters = z
  .object({
    journeyId: id.optional(),
    touchpointId: id.optional(),
    status: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(ActionStatus).min(1, 'give at least one status'))
      .optional(),
    ownerUserId: id.optional(),
    ownerTeam: text(120).optional(),
  })
  .strict();
export type ActionFilters = z.infer<typeof ActionFilters>;

/** Whether an action matches the list's filters. */
export function matchesFilters(a: ImprovementAction, f: ActionFilters): boolean {
  if (f.journeyId !== undefined && a.journeyId !== f.journeyId) return false;
  if (f.touchpointId !== undefined && !a.touchpointIds.includes(f.touchpointId)) return false;
  if (f.status !== undefined && !f.status.includes(a.status)) return false;
  if (f.ownerUserId !== undefined && a.ownerUserId !== f.ownerUserId) return false;
  if (
    f.ownerTeam !== undefined &&
    a.ownerTeam.toLocaleLowerCase('fi') !== f.ownerTeam.toLocaleLowerCase('fi')
  )
    return false;
  return true;
}

/** The action after a patch, with the done date filled in when it becomes done. */
export function applyPatch(a: ImprovementAction, p: ActionPatch, today: string): ImprovementAction {
  const next: ImprovementAction = { ...a };
  for (const [k, v] of Object.entries(p)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  if (next.status === 'done' && next.doneDate === null) next.doneDate = today;
  if (next.status !== 'done' && p.doneDate === undefined) next.doneDate = null;
  return next;
}
