import type { Language } from '../domain/journey/vocabulary.js';
import { signSurveyContext } from '../domain/surveys/context-token.js';
import type { MetaDb } from '../store/meta/db.js';
import { type DueInvitation, earlierContacts, isOptedOut } from '../store/meta/invitations.repository.js';
import { getSurvey } from '../store/meta/surveys.repository.js';
import { getWorkspaceSettings, workspaceSecret } from '../store/meta/workspace-settings.repository.js';
import { surveyLink } from '../surveys/links.js';
import { distributionKeys } from './distribution-keys.js';
import { cooldownSince } from './invitation.service.js';
import { composeInvitationEmail } from './invitation-email.js';
import type { Prepared } from './invitation-sender.js';
import { skipReason } from './recipients.js';
import { unsubscribeToken } from './unsubscribe-token.js';

/** How long an invitation's survey link works (and its customer id is kept). */
export const INVITATION_LINK_DAYS = 60;

/** The unsubscribe link of an invitation. */
export function unsubscribeUrl(baseUrl: string, key: string, invitationId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/u/${unsubscribeToken(key, invitationId)}`;
}

/**
 * Decides, just before sending, what becomes of a due invitation: the address may have
 * opted out or been contacted by another survey since it was queued, or the survey closed.
 * Otherwise builds the email with the recipient's own signed link (invitation id, language,
 * channel; no customer id in it) and the unsubscribe link.
 */
export function invitationPreparer(db: MetaDb, clock: () => number) {
  return async (inv: DueInvitation): Promise<Prepared> => {
    if (!inv.email) return { fail: 'the address is no longer stored' };
    const ws = inv.workspaceId;
    if (await isOptedOut(db, ws, inv.emailHash)) return { skip: 'unsubscribed' };
    const now = clock();
    const settings = await getWorkspaceSettings(db, ws);
    const contacts = await earlierContacts(db, ws, [inv.emailHash], inv.id);
    const reason = skipReason(
      inv.surveyId,
      { optedOut: false, seenInRequest: false, contacts },
      { since: cooldownSince(now, settings.contactCooldownDays), countWaiting: false },
    );
    if (reason) return { skip: reason };
    const survey = await getSurvey(db, ws, inv.surveyId);
    if (survey?.status !== 'live') return { fail: 'the survey was closed before this was sent' };
    const workspace = await db
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', ws)
      .executeTakeFirst();
    const lang = inv.lang as Language;
    const token = signSurveyContext(await workspaceSecret(db, ws, 'survey-context'), {
      invitationId: inv.id,
      surveyId: inv.surveyId,
      lang,
      channel: 'email',
      exp: Math.floor(now / 1000) + INVITATION_LINK_DAYS * 86_400,
    });
    const keys = await distributionKeys(db, ws);
    const email = composeInvitationEmail({
      lang,
      surveyTitle: workspace?.name ?? 'Polku',
      subject: inv.subject,
      message: inv.message,
      link: surveyLink(inv.baseUrl, inv.surveyId, { token, lang }),
      unsubscribeUrl: unsubscribeUrl(inv.baseUrl, keys.unsubscribe, inv.id),
    });
    return { send: { to: inv.email, ...email, reference: inv.id } };
  };
}
