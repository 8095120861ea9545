import type { Case } from '../domain/cases/case.schema.js';
import type { Notice } from '../domain/notify/message.js';

export interface CaseContext {
  touchpointName: string | null;
  journeyName: string | null;
  teamName: string | null;
  ruleName: string | null;
}

function scoreText(c: Case): string {
  const r = c.response;
  const parts = [
    r.nps !== null ? `NPS ${r.nps}` : null,
    r.csat !== null ? `CSAT ${r.csat}` : null,
    r.ces !== null ? `CES ${r.ces}` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(', ') || 'no score';
}

export const caseUrl = (base: string, c: Pick<Case, 'workspaceId' | 'id'>) =>
  `${base.replace(/\/$/, '')}/w/${c.workspaceId}/cases/${c.id}`;

/**
 * What people are told about a new or overdue case: the score, the customer's words, the
 * touchpoint, the team and the due time. Never the customer id (pseudonymised or not).
 */
export function caseNotice(
  kind: 'case.opened' | 'case.escalated',
  c: Case,
  ctx: CaseContext,
  baseUrl: string,
): Notice {
  const where = ctx.touchpointName ?? ctx.journeyName ?? 'the journey';
  const title =
    kind === 'case.opened'
      ? `Case #${c.number}: ${scoreText(c)} at ${where}`
      : `Overdue: case #${c.number} at ${where} was due ${c.dueAt ?? ''}`;
  const lines = [
    ctx.ruleName ? `Rule: ${ctx.ruleName}` : 'Opened by hand',
    `Score: ${scoreText(c)}`,
    c.response.comment ? `Comment: “${c.response.comment.slice(0, 1000)}”` : 'No comment',
    `Team: ${ctx.teamName ?? 'not assigned'}`,
    `Due: ${c.dueAt ?? 'no due time'}`,
    ...(c.reasons.length ? [`Why: ${c.reasons.join('; ')}`] : []),
  ];
  return {
    type: kind,
    title,
    lines,
    url: caseUrl(baseUrl, c),
    data: {
      caseId: c.id,
      caseNumber: c.number,
      workspaceId: c.workspaceId,
      journeyId: c.journeyId,
      touchpointId: c.touchpointId,
      touchpoint: ctx.touchpointName,
      teamId: c.teamId,
      team: ctx.teamName,
      ruleId: c.ruleId,
      status: c.status,
      dueAt: c.dueAt,
      score: { nps: c.response.nps, csat: c.response.csat, ces: c.response.ces },
      comment: c.response.comment,
      reasons: c.reasons,
    },
  };
}
