import { describe, expect, it } from 'vitest';
import { DEFAULT_EVIDENCE, EvidenceThresholds, evidenceFromData, evidenceOfResponses } from './evidence.js';

describe('evidence from data', () => {
  it('defaults: 30 responses partly support, 100 validate', () => {
    expect(DEFAULT_EVIDENCE).toEqual({ partly: 30, validated: 100 });
    expect(evidenceOfResponses(0, DEFAULT_EVIDENCE)).toBe('hypothesis');
    expect(evidenceOfResponses(29, DEFAULT_EVIDENCE)).toBe('hypothesis');
    expect(evidenceOfResponses(30, DEFAULT_EVIDENCE)).toBe('partly_supported');
    expect(evidenceOfResponses(99, DEFAULT_EVIDENCE)).toBe('partly_supported');
    expect(evidenceOfResponses(100, DEFAULT_EVIDENCE)).toBe('validated');
  });

  it('data only raises the team’s own status', () => {
    expect(evidenceFromData('hypothesis', 45, DEFAULT_EVIDENCE)).toBe('partly_supported');
    expect(evidenceFromData('hypothesis', 250, DEFAULT_EVIDENCE)).toBe('validated');
    expect(evidenceFromData('validated', 0, DEFAULT_EVIDENCE)).toBe('validated');
    expect(evidenceFromData('partly_supported', 10, DEFAULT_EVIDENCE)).toBe('partly_supported');
    expect(evidenceFromData('partly_supported', 100, DEFAULT_EVIDENCE)).toBe('validated');
  });

  it('uses configured thresholds', () => {
    const t = { partly: 5, validated: 20 };
    expect(evidenceFromData('hypothesis', 5, t)).toBe('partly_supported');
    expect(evidenceFromData('hypothesis', 20, t)).toBe('validated');
  });

  it('the schema rejects validated below partly', () => {
    expect(EvidenceThresholds.safeParse({ partly: 50, validated: 10 }).success).toBe(false);
    expect(EvidenceThresholds.safeParse({ partly: 0, validated: 10 }).success).toBe(false);
    expect(EvidenceThresholds.parse({ partly: 10, validated: 10 })).toEqual({ partly: 10, validated: 10 });
  });
});
