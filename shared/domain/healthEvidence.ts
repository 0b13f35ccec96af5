import type { Partnership, Theme } from './partnership';
import { allHealthChecks, type HealthCheck } from './partnershipHealth';

/** Today's European issues (key 7 of DOMAIN.md), among the partnership themes. */
const TODAYS_ISSUES: readonly Theme[] = ['climate', 'democracy', 'migration', 'digital', 'inclusion'];

/** What the app itself holds that shows a key in place, so the secretary need not type it twice. */
export type KnownEvidence =
  { key: 4; kind: 'objectives'; count: number } | { key: 7; kind: 'themes'; themes: Theme[] };

export function knownEvidence(p: Pick<Partnership, 'objectives' | 'themes'>): KnownEvidence[] {
  const found: KnownEvidence[] = [];
  const measured = p.objectives.filter((o) => o.indicator.trim() !== '' && o.target.trim() !== '');
  if (measured.length > 0) found.push({ key: 4, kind: 'objectives', count: measured.length });
  const issues = p.themes.filter((t) => TODAYS_ISSUES.includes(t));
  if (issues.length > 0) found.push({ key: 7, kind: 'themes', themes: issues });
  return found;
}

export interface ShownCheck extends HealthCheck {
  /** Ticked by hand (`done` is also true when the app's records show the key). */
  ticked: boolean;
  /** Set when the app's own records tick this key. */
  known: KnownEvidence | null;
}

/**
 * The ten checks as the secretary sees them: what was ticked by hand, and every key the app's
 * records already show (common objectives with indicators and targets tick key 4).
 */
export function shownChecks(p: Pick<Partnership, 'health' | 'objectives' | 'themes'>): ShownCheck[] {
  const known = knownEvidence(p);
  return allHealthChecks(p.health).map((c) => {
    const k = known.find((e) => e.key === c.key) ?? null;
    return { ...c, ticked: c.done, done: c.done || k !== null, known: k };
  });
}

/** How many keys are in place, counted without building the checklist (the registry counts 30,000 links). */
export function keysInPlace(p: Pick<Partnership, 'health' | 'objectives' | 'themes'>): number {
  let n = 0;
  for (const c of p.health) if (c.done) n++;
  for (const k of knownEvidence(p)) if (!p.health.some((c) => c.key === k.key && c.done)) n++;
  return n;
}
