import { z } from 'zod';
import { text } from './common';

/** CEMR's ten keys to a successful twinning, numbered as in ../shared/docs/DOMAIN.md. */
export const HEALTH_KEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type HealthKey = (typeof HEALTH_KEYS)[number];

export const HealthCheck = z.object({
  key: z.int().min(1).max(10),
  done: z.boolean(),
  evidence: text(2000),
});
export type HealthCheck = z.infer<typeof HealthCheck>;

/** Exactly ten checks, key i + 1 at index i, so lookups need no search. */
export const HealthChecklist = z
  .array(HealthCheck)
  .length(10)
  .refine((list) => list.every((c, i) => c.key === i + 1), { message: 'health_keys_out_of_order' });
export type HealthChecklist = z.infer<typeof HealthChecklist>;

export function emptyHealth(): HealthChecklist {
  return HEALTH_KEYS.map((key) => ({ key, done: false, evidence: '' }));
}

export type HealthLevel = 'good' | 'fair' | 'weak';

export interface HealthSummary {
  done: number;
  total: 10;
  /** Keys ticked without any evidence written down: claims the next secretary cannot check. */
  withoutEvidence: number[];
  missing: number[];
  level: HealthLevel;
}

/** Thresholds are a reading aid, not a CEMR rule: 8+ keys with evidence is good, 5+ fair. */
export function healthSummary(health: readonly HealthCheck[]): HealthSummary {
  const done = health.filter((c) => c.done);
  const withoutEvidence = done.filter((c) => c.evidence.trim() === '').map((c) => c.key);
  const missing = health.filter((c) => !c.done).map((c) => c.key);
  const proven = done.length - withoutEvidence.length;
  const level: HealthLevel = proven >= 8 ? 'good' : proven >= 5 ? 'fair' : 'weak';
  return { done: done.length, total: 10, withoutEvidence, missing, level };
}
