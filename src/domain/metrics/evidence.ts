import { z } from 'zod';

export const EvidenceStatus = z.enum(['hypothesis', 'partly_supported', 'validated']);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

/** Responses at a touchpoint needed to raise its evidence to "partly supported" and "validated". */
export const EvidenceThresholds = z
  .object({ partly: z.number().int().min(1), validated: z.number().int().min(1) })
  .refine((t) => t.validated >= t.partly, {
    message: 'validated must be at least partly',
    path: ['validated'],
  });
export type EvidenceThresholds = z.infer<typeof EvidenceThresholds>;

export const DEFAULT_EVIDENCE: EvidenceThresholds = { partly: 30, validated: 100 };

const RANK: Record<EvidenceStatus, number> = { hypothesis: 0, partly_supported: 1, validated: 2 };

/** The status the responses alone support: ≥ validated → validated, ≥ partly → partly supported. */
export function evidenceOfResponses(responses: number, t: EvidenceThresholds): EvidenceStatus {
  if (responses >= t.validated) return 'validated';
  if (responses >= t.partly) return 'partly_supported';
  return 'hypothesis';
}

/**
 * From the team's own status and the count of responses measured at the touchpoint: the higher
 * of the two. Data can only raise it (a team that validated by interviews keeps "validated").
 */
export function evidenceFromData(
  own: EvidenceStatus,
  responses: number,
  t: EvidenceThresholds,
): EvidenceStatus {
  const fromData = evidenceOfResponses(responses, t);
  return RANK[fromData] > RANK[own] ? fromData : own;
}
