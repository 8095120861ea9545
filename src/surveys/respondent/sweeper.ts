import { validateAnswers } from '../../domain/surveys/logic.js';
import type { AppContext } from '../../http/context.js';
import {
  deleteFinishedSurveySessions,
  finishSurveySession,
  getSurveyVersion,
  idleSurveySessions,
} from '../../store/meta/surveys.repository.js';
import { storeSessionResponse } from './store-response.js';

export const IDLE_MINUTES = 30;
/** Finished sessions are kept this long, so a form resent days later still gets its thank-you. */
const FINISHED_DAYS = 30;

/**
 * Sessions idle for more than 30 minutes become partial responses (`complete: false`) when
 * something was answered; empty ones are just closed. Finished sessions older than 30 days
 * are removed. Returns how many became partial and abandoned.
 */
export async function sweepSurveySessions(ctx: AppContext): Promise<{ partial: number; abandoned: number }> {
  const nowIso = ctx.now();
  const before = new Date(Date.parse(nowIso) - IDLE_MINUTES * 60_000).toISOString();
  let partial = 0;
  let abandoned = 0;
  for (;;) {
    const idle = await idleSurveySessions(ctx.db, before, 100);
    if (!idle.length) break;
    for (const session of idle) {
      const def = (await getSurveyVersion(ctx.db, session.surveyId, session.version))?.definition;
      const answers = def ? validateAnswers(def, session.answers).answers : {};
      if (def && Object.keys(answers).length) {
        await storeSessionResponse(ctx, session, def, answers, false);
        await finishSurveySession(ctx.db, session.id, 'partial', nowIso);
        partial++;
      } else {
        await finishSurveySession(ctx.db, session.id, 'abandoned', nowIso);
        abandoned++;
      }
    }
    if (idle.length < 100) break;
  }
  const keepUntil = new Date(Date.parse(nowIso) - FINISHED_DAYS * 86_400_000).toISOString();
  await deleteFinishedSurveySessions(ctx.db, keepUntil);
  return { partial, abandoned };
}

/** Sweeps idle sessions every minute until stopped (the timer never keeps the process alive). */
export function startSurveySweeper(
  ctx: AppContext,
  onError: (err: unknown) => void,
  everyMs = 60_000,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepSurveySessions(ctx)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
