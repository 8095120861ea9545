import type { Channel, Language } from '../domain/journey/vocabulary.js';
import { fail, ok, type Result } from '../domain/result.js';
import { type SurveyContext, signSurveyContext } from '../domain/surveys/context-token.js';
import type { Survey } from '../domain/surveys/survey.schema.js';
import type { MetaDb } from '../store/meta/db.js';
import { touchpointRef } from '../store/meta/surveys.repository.js';
import { workspaceSecret } from '../store/meta/workspace-settings.repository.js';
import { surveyLink } from '../surveys/links.js';

/**
 * The link a printed QR code carries: the survey's public link with a signed context
 * (touchpoint key, channel), so answers from the store counter or the parcel are told
 * apart and cannot be forged. The token does not expire: paper lives long.
 */
export async function qrLink(
  db: MetaDb,
  baseUrl: string,
  survey: Survey,
  q: { touchpoint?: string | undefined; channel?: Channel | undefined; lang?: Language | undefined },
): Promise<Result<string>> {
  if (q.lang && !survey.languages.includes(q.lang))
    return fail('bad_request', `the survey has no ${q.lang} texts (it has ${survey.languages.join(', ')})`, {
      field: 'lang',
    });
  const context: SurveyContext = { surveyId: survey.id };
  if (q.touchpoint) {
    const tp = await touchpointRef(db, survey.workspaceId, { key: q.touchpoint });
    if (!tp)
      return fail('bad_request', `no touchpoint has the key "${q.touchpoint}"`, { field: 'touchpoint' });
    context.touchpointKey = tp.key;
  }
  if (q.channel) context.channel = q.channel;
  const token =
    context.touchpointKey || context.channel
      ? signSurveyContext(await workspaceSecret(db, survey.workspaceId, 'survey-context'), context)
      : undefined;
  return ok(
    surveyLink(baseUrl, survey.id, { ...(token ? { token } : {}), ...(q.lang ? { lang: q.lang } : {}) }),
  );
}
