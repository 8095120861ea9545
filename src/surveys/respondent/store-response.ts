import type { SurveyContext } from '../../domain/surveys/context-token.js';
import type { Answers, SurveyDefinition } from '../../domain/surveys/survey.schema.js';
import { toResponseInput } from '../../domain/surveys/to-response.js';
import type { AppContext } from '../../http/context.js';
import type { IngestResult } from '../../ingest/inputs.js';
import { type SurveySession, touchpointRef } from '../../store/meta/surveys.repository.js';

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
    session.context as SurveyContext,
  );
  return ctx.ingest.ingestResponses(session.workspaceId, [input], 'survey');
}
