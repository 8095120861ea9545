import type { FeedResponse } from '../analytics/response-feed.js';
import type { AlertRule } from '../domain/alerts/rule.schema.js';
import type { Case, CaseResponse } from '../domain/cases/case.schema.js';
import { newId } from '../domain/journey/ids.js';
import { insertCase, touchpointSummary } from '../store/meta/cases.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { getTeam, teamByName } from '../store/meta/teams.repository.js';

export function caseResponse(r: FeedResponse): CaseResponse {
  return {
    id: r.id,
    ts: r.ts,
    surveyId: r.surveyId,
    nps: r.nps,
    csat: r.csat,
    ces: r.ces,
    comment: r.comment,
    language: r.language,
    channel: r.channel,
    audience: r.audience,
    level: r.level,
    answers: r.answers,
  };
}

/**
 * The team a case goes to: the one named (a rule's or a person's choice), else the
 * touchpoint's owner team (the team whose name is the touchpoint's `ownerTeam`), else none.
 */
export async function defaultTeam(
  db: MetaDb,
  workspaceId: string,
  touchpointId: string | null,
  chosen: string | null | undefined,
): Promise<string | null> {
  if (chosen) return (await getTeam(db, workspaceId, chosen))?.id ?? null;
  if (!touchpointId) return null;
  const tp = await touchpointSummary(db, workspaceId, touchpointId);
  if (!tp?.ownerTeam) return null;
  return (await teamByName(db, workspaceId, tp.ownerTeam))?.id ?? null;
}

export interface OpenCase {
  response: FeedResponse;
  rule: AlertRule | null;
  teamId?: string | null;
  assigneeId?: string | null;
  slaHours: number;
  reasons: string[];
  at: string;
  actor: { id: string | null; name: string };
}

/** Opens a case for a response; undefined when the response has one already. */
export async function openCase(db: MetaDb, o: OpenCase): Promise<Case | undefined> {
  const r = o.response;
  const teamId = await defaultTeam(db, r.workspaceId, r.touchpointId, o.teamId ?? o.rule?.teamId);
  const c: Omit<Case, 'number'> = {
    id: newId('case'),
    workspaceId: r.workspaceId,
    ruleId: o.rule?.id ?? null,
    responseId: r.id,
    journeyId: r.journeyId,
    touchpointId: r.touchpointId,
    customerId: r.customerId,
    status: 'new',
    teamId,
    assigneeId: o.assigneeId ?? null,
    dueAt: new Date(Date.parse(o.at) + o.slaHours * 3_600_000).toISOString(),
    escalatedAt: null,
    rootCause: null,
    resolution: null,
    response: caseResponse(r),
    reasons: o.reasons,
    recoverySurveyId: null,
    recoverySentAt: null,
    recoveryResponseId: null,
    recoveryScore: null,
    createdAt: o.at,
    updatedAt: o.at,
    resolvedAt: null,
  };
  return insertCase(db, c, {
    actorId: o.actor.id,
    actorName: o.actor.name,
    data: { ruleId: c.ruleId, teamId, reasons: o.reasons },
  });
}
