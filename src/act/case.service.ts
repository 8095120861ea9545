import { createHash } from 'node:crypto';
import { customerHistory, responseById } from '../analytics/response-feed.js';
import {
  type Case,
  type CaseEventKind,
  type CaseNote,
  type CasePatch,
  canMove,
  DEFAULT_ROOT_CAUSES,
  needsRootCause,
} from '../domain/cases/case.schema.js';
import type { Language, Role } from '../domain/journey/vocabulary.js';
import type { Notice } from '../domain/notify/message.js';
import { fail, ok, type Result } from '../domain/result.js';
import { signSurveyContext } from '../domain/surveys/context-token.js';
import type { EventStore } from '../store/events/event-store.js';
import { membershipRole } from '../store/meta/accounts.repository.js';
import {
  caseEvents,
  getCase,
  touchpointSummary,
  updateCase,
  usersById,
} from '../store/meta/cases.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { enqueue } from '../store/meta/notifications.repository.js';
import { getSurvey } from '../store/meta/surveys.repository.js';
import { getTeam, listTeams, rootCauses } from '../store/meta/teams.repository.js';
import { getWorkspaceSettings, workspaceSecret } from '../store/meta/workspace-settings.repository.js';
import { surveyLink } from '../surveys/links.js';
import { openCase } from './case-opener.js';

export interface Actor {
  id: string | null;
  name: string;
}

type AuditEvent = {
  actorId: string | null;
  actorName: string;
  kind: CaseEventKind;
  data: Record<string, unknown>;
};

const NOT_FOUND = fail<never>('not_found', 'case not found');

/** A short stable label for a customer, the same on every case, that reveals no id. */
export function customerLabel(workspaceId: string, customerId: string | null): string | null {
  if (!customerId) return null;
  return `C-${createHash('sha256').update(`${workspaceId}\u0000${customerId}`).digest('hex').slice(0, 8)}`;
}

/** Changes a case's status, team, assignee, due time, root cause or resolution; each change is audited. */
export async function patchCase(
  db: MetaDb,
  workspaceId: string,
  caseId: string,
  patch: CasePatch,
  actor: Actor,
  now: string,
): Promise<Result<Case>> {
  const c = await getCase(db, workspaceId, caseId);
  if (!c) return NOT_FOUND;
  const next: Case = { ...c, updatedAt: now };
  const events: AuditEvent[] = [];
  const audit = (kind: CaseEventKind, data: Record<string, unknown>) =>
    events.push({ actorId: actor.id, actorName: actor.name, kind, data });
  if (patch.teamId !== undefined && patch.teamId !== c.teamId) {
    if (patch.teamId !== null && !(await getTeam(db, workspaceId, patch.teamId)))
      return fail('bad_request', 'not a team of this workspace', { field: 'teamId' });
    next.teamId = patch.teamId;
    audit('assigned', { teamId: patch.teamId });
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== c.assigneeId) {
    if (patch.assigneeId !== null && !(await membershipRole(db, workspaceId, patch.assigneeId)))
      return fail('bad_request', 'not a member of this workspace', { field: 'assigneeId' });
    next.assigneeId = patch.assigneeId;
    audit('assigned', { assigneeId: patch.assigneeId });
  }
  if (patch.dueAt !== undefined && patch.dueAt !== c.dueAt) {
    next.dueAt = patch.dueAt === null ? null : new Date(patch.dueAt).toISOString();
    next.escalatedAt = null;
    audit('due', { dueAt: next.dueAt });
  }
  if (patch.rootCause !== undefined) {
    const list = await rootCauses(db, workspaceId, DEFAULT_ROOT_CAUSES);
    if (!list.includes(patch.rootCause))
      return fail('bad_request', `choose one of the workspace’s root causes: ${list.join(', ')}`, {
        field: 'rootCause',
      });
    next.rootCause = patch.rootCause;
  }
  if (patch.resolution !== undefined) next.resolution = patch.resolution;
  if (patch.status !== undefined && patch.status !== c.status) {
    if (!canMove(c.status, patch.status))
      return fail(
        'bad_request',
        `a ${c.status.replace('_', ' ')} case cannot become ${patch.status.replace('_', ' ')}`,
        {
          field: 'status',
        },
      );
    if (needsRootCause(patch.status)) {
      if (!next.rootCause)
        return fail('bad_request', 'give the root cause to resolve or close a case', { field: 'rootCause' });
      if (!next.resolution)
        return fail('bad_request', 'write what was done (a resolution note) to resolve or close a case', {
          field: 'resolution',
        });
    }
    next.status = patch.status;
    if (patch.status === 'resolved' || (patch.status === 'closed' && !c.resolvedAt)) next.resolvedAt = now;
    if (patch.status === 'in_progress' && (c.status === 'resolved' || c.status === 'closed'))
      next.resolvedAt = null;
    audit('status', {
      from: c.status,
      to: patch.status,
      ...(needsRootCause(patch.status) ? { rootCause: next.rootCause, resolution: next.resolution } : {}),
    });
  } else if (patch.rootCause !== undefined || patch.resolution !== undefined) {
    audit('status', { from: c.status, to: c.status, rootCause: next.rootCause, resolution: next.resolution });
  }
  if (events.length === 0) return ok(c);
  await updateCase(db, next, events);
  return ok(next);
}

/** Adds an internal note or a contact-log entry. */
export async function addCaseNote(
  db: MetaDb,
  workspaceId: string,
  caseId: string,
  note: CaseNote,
  actor: Actor,
  now: string,
): Promise<Result<Case>> {
  const c = await getCase(db, workspaceId, caseId);
  if (!c) return NOT_FOUND;
  const next = {
    ...c,
    updatedAt: now,
    status: c.status === 'new' && note.kind === 'contact' ? ('in_progress' as const) : c.status,
  };
  const events: AuditEvent[] = [
    {
      actorId: actor.id,
      actorName: actor.name,
      kind: note.kind,
      data: { text: note.text, ...(note.channel ? { channel: note.channel } : {}) },
    },
  ];
  if (next.status !== c.status)
    events.push({
      actorId: actor.id,
      actorName: actor.name,
      kind: 'status',
      data: { from: c.status, to: next.status },
    });
  await updateCase(db, next, events);
  return ok(next);
}

/** Opens a case by hand from any response of the workspace. */
export async function createCaseByHand(
  db: MetaDb,
  events: EventStore,
  workspaceId: string,
  body: {
    responseId: string;
    teamId?: string | null | undefined;
    assigneeId?: string | null | undefined;
    slaHours: number;
    note?: string | undefined;
  },
  actor: Actor,
  now: string,
): Promise<Result<Case>> {
  const response = await responseById(events, workspaceId, body.responseId);
  if (!response)
    return fail('bad_request', 'no response with this id in the workspace', { field: 'responseId' });
  if (body.teamId && !(await getTeam(db, workspaceId, body.teamId)))
    return fail('bad_request', 'not a team of this workspace', { field: 'teamId' });
  if (body.assigneeId && !(await membershipRole(db, workspaceId, body.assigneeId)))
    return fail('bad_request', 'not a member of this workspace', { field: 'assigneeId' });
  const c = await openCase(db, {
    response,
    rule: null,
    teamId: body.teamId ?? null,
    assigneeId: body.assigneeId ?? null,
    slaHours: body.slaHours,
    reasons: [],
    at: now,
    actor,
  });
  if (!c) return fail('conflict', 'this response has a case already', { field: 'responseId' });
  if (body.note) return addCaseNote(db, workspaceId, c.id, { kind: 'note', text: body.note }, actor, now);
  return ok(c);
}

/** Everything the case page shows: the case, its trail, its touchpoint, the customer's history, names. */
export async function caseView(db: MetaDb, events: EventStore, c: Case, role: Role) {
  const settings = await getWorkspaceSettings(db, c.workspaceId);
  const [trail, tp, teams, history] = await Promise.all([
    caseEvents(db, c.id),
    c.touchpointId ? touchpointSummary(db, c.workspaceId, c.touchpointId) : Promise.resolve(undefined),
    listTeams(db, c.workspaceId),
    c.customerId ? customerHistory(events, c.workspaceId, c.customerId, 100) : Promise.resolve([]),
  ]);
  const ids = [c.assigneeId, ...trail.map((e) => e.actorId)].filter((x): x is string => x !== null);
  const people = await usersById(db, [...new Set(ids)]);
  // Raw ids (a workspace that keeps them) are for editors and owners; everyone sees the label.
  const mayRaw = role !== 'viewer' || !settings.keepRawCustomerIds;
  return {
    case: { ...c, customerId: mayRaw ? c.customerId : null },
    customerLabel: customerLabel(c.workspaceId, c.customerId),
    touchpoint: tp
      ? {
          id: tp.id,
          name: tp.name,
          key: tp.key,
          ownerTeam: tp.ownerTeam,
          stageName: tp.stageName,
          journeyId: tp.journeyId,
          journeyName: tp.journeyName,
        }
      : null,
    team: teams.find((t) => t.id === c.teamId) ?? null,
    assignee: c.assigneeId ? { id: c.assigneeId, name: people.get(c.assigneeId)?.name ?? '' } : null,
    trail,
    history: history.filter((h) => h.id !== c.responseId),
  };
}

/**
 * Makes a recovery-survey link for the case's customer (signed: it carries the case, so
 * the answer lands on the case) and, given an address, emails it. Only a live survey of
 * the workspace will do.
 */
export async function sendRecovery(
  db: MetaDb,
  workspaceId: string,
  caseId: string,
  body: { surveyId: string; email?: string | undefined; lang?: Language | undefined },
  actor: Actor,
  now: string,
  baseUrl: string,
): Promise<Result<{ url: string; emailed: boolean; case: Case }>> {
  const c = await getCase(db, workspaceId, caseId);
  if (!c) return NOT_FOUND;
  const survey = await getSurvey(db, workspaceId, body.surveyId);
  if (!survey) return fail('bad_request', 'no survey with this id in the workspace', { field: 'surveyId' });
  if (survey.status !== 'live')
    return fail('bad_request', 'publish the survey first (it is not live)', { field: 'surveyId' });
  const secret = await workspaceSecret(db, workspaceId, 'survey-context');
  const exp = Math.floor(Date.parse(now) / 1000) + 30 * 86_400;
  const token = signSurveyContext(secret, {
    surveyId: survey.id,
    exp,
    segment: { recoveryCase: c.id },
    ...(body.lang ? { lang: body.lang } : {}),
  });
  const url = surveyLink(baseUrl, survey.id, { token, ...(body.lang ? { lang: body.lang } : {}) });
  if (body.email) {
    const notice: Notice = {
      type: 'recovery.survey',
      title: 'How did we do?',
      lines: ['Thank you for your feedback. We have looked into it; would you tell us how it went?'],
      url,
      data: {},
    };
    await enqueue(db, [
      {
        workspaceId,
        channel: 'email',
        target: body.email,
        notice,
        at: now,
        sendAt: now,
        caseId: c.id,
        ruleId: null,
      },
    ]);
  }
  const next = { ...c, recoverySurveyId: survey.id, recoverySentAt: now, updatedAt: now };
  await updateCase(db, next, [
    {
      actorId: actor.id,
      actorName: actor.name,
      kind: 'recovery_sent',
      data: { surveyId: survey.id, emailed: Boolean(body.email) },
    },
  ]);
  return ok({ url, emailed: Boolean(body.email), case: next });
}
