import type { SurveyContext } from '../../domain/surveys/context-token.js';
import type { Answers, SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import { toResponseInput } from '../../domain/surveys/to-response.js';
import type { AppContext } from '../../http/context.js';
import type { IngestResult } from '../../ingest/inputs.js';
import { invitationContext } from '../../store/meta/invitations.repository.js';
import { type SurveySession, touchpointRef } from '../../store/meta/surveys.repository.js';

/**
 * An answer from an email invitation belongs to the invited customer: the link carries
 * only the invitation id (no customer id travels in the email or the page), so the
 * customer id and segment are looked up here, while the invitation still keeps them.
 */
async function withInvitation(
  ctx: AppContext,
  workspaceId: string,
  context: SurveyContext,
): Promise<SurveyContext> {
  if (context.invitationId === undefined || context.customerId !== undefined) return context;
  const invited = await invitationContext(ctx.db, workspaceId, context.invitationId);
  if (!invited) return context;
  return { ...context, ...invited, segment: { ...invited.segment, ...context.segment } };
}

/** Stores a session's answers as a response (complete, or partial when it was left idle). */
export async function storeSessionResponse(
  ctx: AppContext,
  session: SurveySession,
  def: SurveyDefinition,
  answers: Answers,
  complete: boolean,
): Promise<IngestResult> {
  let touchpointKey: string | undefined;
  if (def.level === 'touchpoint' && def.touchpointId !== null)
    touchpointKey = (await touchpointRef(ctx.db, session.workspaceId, { id: def.touchpointId }))?.key;
  else if (def.level === 'journey') touchpointKey = session.context.touchpointKey;
  const context = await withInvitation(ctx, session.workspaceId, session.context as SurveyContext);
  const input = toResponseInput(
    def,
    {
      sessionId: session.id,
      startedAt: session.startedAt,
      surveyId: session.surveyId,
      version: session.version,
      language: session.language,
      ...(touchpointKey !== undefined ? { touchpointKey } : {}),
      complete,
    },
    answers,
    context,
  );
  return ctx.ingest.ingestResponses(session.workspaceId, [input], 'survey');
}
