import type { EvidenceThresholds } from '../domain/metrics/index.js';
import type { UserTheme } from '../domain/themes/theme.schema.js';
import type { AnalysisInput } from './analysis-input.js';
import { drivers } from './drivers.js';
import type { SqlEngine } from './engine.js';
import { funnel } from './funnel.js';
import { paths } from './paths.js';
import type { AnalysisRequest } from './request.js';
import { scorecards } from './scorecards.js';
import { themes } from './themes.js';
import { trends } from './trends.js';
import { waitingPhases } from './waiting.js';

export interface AnalyzeInput extends AnalysisInput {
  evidence?: EvidenceThresholds;
  /** The workspace's own themes (keyword rules), which override automatic ones. */
  userThemes?: readonly UserTheme[];
}

type Runner = (engine: SqlEngine, input: AnalyzeInput, req: AnalysisRequest) => Promise<unknown>;

/**
 * Every analysis the API offers, by name: each runs through the one pipeline (Query →
 * compiled DuckDB SQL → rows → pure statistics → typed result).
 */
export const ANALYSES = {
  scorecards: (engine, input) => scorecards(engine, input),
  trends: (engine, input, req) =>
    trends(engine, input, {
      ...(req.metric ? { metric: req.metric } : {}),
      ...(req.splitBy ? { splitBy: req.splitBy } : {}),
    }),
  drivers: (engine, input, req) => drivers(engine, input, req.outcome ? { outcome: req.outcome } : {}),
  funnel: (engine, input, req) => funnel(engine, input, req.windowDays ? { windowDays: req.windowDays } : {}),
  waiting: (engine, input, req) =>
    waitingPhases(engine, input, req.minHours !== undefined ? { minHours: req.minHours } : {}),
  paths: (engine, input, req) =>
    paths(engine, input, {
      ...(req.topN ? { topN: req.topN } : {}),
      ...(req.maxSteps ? { maxSteps: req.maxSteps } : {}),
    }),
  themes: (engine, input, req) =>
    themes(engine, input, {
      ...(req.touchpointId ? { touchpointId: req.touchpointId } : {}),
      ...(input.userThemes ? { userThemes: input.userThemes } : {}),
    }),
} satisfies Record<string, Runner>;

export type AnalysisKind = keyof typeof ANALYSES;
export const ANALYSIS_KINDS = Object.keys(ANALYSES) as AnalysisKind[];

export function isAnalysisKind(kind: string): kind is AnalysisKind {
  return Object.hasOwn(ANALYSES, kind);
}

/** The whole journey dashboard in one call: every analysis over the same query, run together. */
export async function dashboard(engine: SqlEngine, input: AnalyzeInput, req: AnalysisRequest) {
  const entries = await Promise.all(
    ANALYSIS_KINDS.map(async (k) => [k, await ANALYSES[k](engine, input, req)] as const),
  );
  return Object.fromEntries(entries) as { [K in AnalysisKind]: Awaited<ReturnType<(typeof ANALYSES)[K]>> };
}
