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

/** A check that says something: ticked, or with evidence written down. */
export const isRecorded = (c: HealthCheck): boolean => c.done || c.evidence.trim() !== '';

/**
 * The keys that have been ticked or given evidence, in key order; a key not listed is not
 * done and has no evidence. Kept sparse because a registry of 30,000 links would otherwise
 * hold 300,000 empty checks, a third of the store file and of the time to open it.
 */
export const HealthChecklist = z
  .array(HealthCheck)
  .max(10)
  .refine((list) => list.every((c, i) => i === 0 || (list[i - 1]?.key ?? 0) < c.key), {
    message: 'health_keys_out_of_order',
  });
export type HealthChecklist = z.infer<typeof HealthChecklist>;

export function emptyHealth(): HealthChecklist {
  return [];
}

/** All ten checks, the unrecorded ones as not done with no evidence: what a checklist shows. */
export function allHealthChecks(health: readonly HealthCheck[]): HealthCheck[] {
  return HEALTH_KEYS.map((key) => health.find((c) => c.key === key) ?? { key, done: false, evidence: '' });
}

/** The checklist with one key set; a check that records nothing is left out. */
export function withHealthCheck(health: readonly HealthCheck[], check: HealthCheck): HealthChecklist {
  return allHealthChecks(health)
    .map((c) => (c.key === check.key ? check : c))
    .filter(isRecorded);
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
export function healthSummary(
  health: readonly HealthCheck[],
  /** Keys the app's own records show (see healthEvidence.ts): done, with evidence. */
  known: readonly number[] = [],
): HealthSummary {
  const checks = allHealthChecks(health).map((c) => (known.includes(c.key) ? { ...c, done: true } : c));
  const done = checks.filter((c) => c.done);
  const withoutEvidence = done
    .filter((c) => c.evidence.trim() === '' && !known.includes(c.key))
    .map((c) => c.key);
  const missing = checks.filter((c) => !c.done).map((c) => c.key);
  const proven = done.length - withoutEvidence.length;
  const level: HealthLevel = proven >= 8 ? 'good' : proven >= 5 ? 'fair' : 'weak';
  return { done: done.length, total: 10, withoutEvidence, missing, level };
}
