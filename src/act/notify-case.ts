import { releaseTime } from '../domain/alerts/quiet-hours.js';
import type { AlertRule } from '../domain/alerts/rule.schema.js';
import type { Case } from '../domain/cases/case.schema.js';
import type { Notice } from '../domain/notify/message.js';
import { firingsSince, getRule } from '../store/meta/alert-rules.repository.js';
import { touchpointSummary } from '../store/meta/cases.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { enqueue } from '../store/meta/notifications.repository.js';
import { getTeam, teamAddresses } from '../store/meta/teams.repository.js';
import { type CaseContext, caseNotice } from './notices.js';

export async function caseContext(db: MetaDb, c: Case, rule: AlertRule | null): Promise<CaseContext> {
  const tp = c.touchpointId ? await touchpointSummary(db, c.workspaceId, c.touchpointId) : undefined;
  const team = c.teamId ? await getTeam(db, c.workspaceId, c.teamId) : undefined;
  return {
    touchpointName: tp?.name ?? null,
    journeyName: tp?.journeyName ?? null,
    teamName: team?.name ?? null,
    ruleName: rule?.name ?? null,
  };
}

/**
 * Queues a rule's notifications of one notice: the team's addresses (when the rule says
 * so), its extra addresses and its webhooks. In quiet hours they wait for the hours to end;
 * past the rule's hourly limit they are logged as suppressed, not sent.
 */
export async function queueRuleNotice(
  db: MetaDb,
  rule: AlertRule,
  notice: Notice,
  o: { teamId: string | null; caseId: string | null; at: string },
): Promise<void> {
  const team = o.teamId && rule.notifyTeam ? await getTeam(db, rule.workspaceId, o.teamId) : undefined;
  const emails = [...new Set([...(team ? await teamAddresses(db, team) : []), ...rule.emails])];
  const sendAt = releaseTime(rule.quietHours, new Date(o.at)).toISOString();
  let suppressed: string | undefined;
  if (rule.maxPerHour !== null) {
    const fired = await firingsSince(db, rule.id, new Date(Date.parse(o.at) - 3_600_000).toISOString());
    if (fired > rule.maxPerHour) suppressed = `over the rule’s limit of ${rule.maxPerHour} an hour`;
  }
  const base = { workspaceId: rule.workspaceId, notice, at: o.at, sendAt, caseId: o.caseId, ruleId: rule.id };
  const status = suppressed ? ('suppressed' as const) : ('queued' as const);
  await enqueue(db, [
    ...emails.map((target) => ({
      ...base,
      channel: 'email' as const,
      target,
      status,
      ...(suppressed ? { reason: suppressed } : {}),
    })),
    ...rule.webhookIds.map((target) => ({
      ...base,
      channel: 'webhook' as const,
      target,
      status,
      ...(suppressed ? { reason: suppressed } : {}),
    })),
  ]);
}

/** Tells the team of a newly opened case (through the rule that opened it). */
export async function notifyOpened(
  db: MetaDb,
  c: Case,
  rule: AlertRule,
  baseUrl: string,
  at: string,
): Promise<void> {
  const ctx = await caseContext(db, c, rule);
  await queueRuleNotice(db, rule, caseNotice('case.opened', c, ctx, baseUrl), {
    teamId: c.teamId,
    caseId: c.id,
    at,
  });
}

/** Tells the team lead (and the rule's webhooks) that a case is overdue. */
export async function notifyEscalated(db: MetaDb, c: Case, baseUrl: string, at: string): Promise<number> {
  const rule = c.ruleId ? ((await getRule(db, c.workspaceId, c.ruleId)) ?? null) : null;
  const ctx = await caseContext(db, c, rule);
  const notice = caseNotice('case.escalated', c, ctx, baseUrl);
  const team = c.teamId ? await getTeam(db, c.workspaceId, c.teamId) : undefined;
  const lead = team?.leadUserId
    ? await db.selectFrom('users').select('email').where('id', '=', team.leadUserId).executeTakeFirst()
    : undefined;
  const targets = [
    ...(lead
      ? [{ channel: 'email' as const, target: lead.email }]
      : team?.email
        ? [{ channel: 'email' as const, target: team.email }]
        : []),
    ...(rule?.webhookIds ?? []).map((target) => ({ channel: 'webhook' as const, target })),
  ];
  await enqueue(
    db,
    targets.map((t) => ({
      ...t,
      workspaceId: c.workspaceId,
      notice,
      at,
      sendAt: at,
      caseId: c.id,
      ruleId: c.ruleId,
    })),
  );
  return targets.length;
}
