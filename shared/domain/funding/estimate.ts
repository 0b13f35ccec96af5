import { yearOf } from '../activities/dates';
import {
  daysInclusive,
  inGroup,
  townKey,
  type ActivityFact,
  type ApplicationFacts,
  type Figures,
} from './facts';
import type { AmountPart, Programme } from './programme';

export type EstimateStatus = 'computed' | 'notEntered' | 'dataMissing' | 'noBand';

/** One line of the breakdown: a part of the programme's amount model and what it gives. */
export interface EstimateLine {
  partId: string;
  kind: AmountPart['kind'];
  status: EstimateStatus;
  /** Minor units of the programme's currency; null when it cannot be computed. */
  amount: number | null;
  figures: Figures;
}

export interface GrantEstimate {
  currency: string;
  /** The sum of the computed lines; null when none could be computed. */
  total: number | null;
  /** Every line computed, nothing missing. */
  complete: boolean;
  lines: EstimateLine[];
}

const members = (a: ActivityFact, who: Parameters<typeof inGroup>[1]) =>
  a.participants.filter((p) => inGroup(p, who, a.country, yearOf(a.startDate)) === true);

/** Distance of each travelling participant, and how many have none known. */
function travellers(facts: ApplicationFacts) {
  const known: number[] = [];
  let unknown = 0;
  for (const a of facts.activities) {
    for (const p of members(a, 'travelling')) {
      const km = a.distances?.[townKey(p.country, p.town)] ?? null;
      if (km === null) unknown++;
      else known.push(km);
    }
  }
  return { known, unknown };
}

function line(
  part: AmountPart,
  status: EstimateStatus,
  amount: number | null,
  figures: Figures,
): EstimateLine {
  return { partId: part.id, kind: part.kind, status, amount, figures };
}

function estimatePart(part: AmountPart, facts: ApplicationFacts): EstimateLine {
  switch (part.kind) {
    case 'lumpSumBands': {
      const count = facts.activities.reduce((s, a) => s + members(a, part.who).length, 0);
      if (part.bands.length === 0) return line(part, 'notEntered', null, { count });
      const band = part.bands.find((b) => count >= b.min && (b.max === null || count <= b.max));
      return band
        ? line(part, 'computed', band.amount, { count, bandMin: band.min, bandMax: band.max })
        : line(part, 'noBand', null, { count });
    }
    case 'travelBands': {
      const { known, unknown } = travellers(facts);
      if (part.bands.length === 0)
        return line(part, 'notEntered', null, { people: known.length, unknown, outside: 0 });
      let amount = 0;
      let outside = 0;
      for (const km of known) {
        const band = part.bands.find((b) => km >= b.fromKm && (b.toKm === null || km <= b.toKm));
        if (band) amount += band.amount;
        else outside++;
      }
      const figures = { people: known.length, unknown, outside };
      return line(part, unknown > 0 || outside > 0 ? 'dataMissing' : 'computed', amount, figures);
    }
    case 'perDay': {
      const personDays = facts.activities.reduce(
        (s, a) => s + members(a, part.who).length * daysInclusive(a.startDate, a.endDate),
        0,
      );
      if (part.rate === null) return line(part, 'notEntered', null, { personDays });
      return line(part, 'computed', personDays * part.rate, { personDays, rate: part.rate });
    }
    case 'perKm': {
      const { known, unknown } = travellers(facts);
      const km = Math.round(known.reduce((s, k) => s + k, 0) * (part.roundTrip ? 2 : 1));
      if (part.rate === null)
        return line(part, 'notEntered', null, { km, people: known.length, unknown, rate: null });
      const figures = { km, people: known.length, unknown, rate: part.rate };
      return line(part, unknown > 0 ? 'dataMissing' : 'computed', km * part.rate, figures);
    }
    case 'shareOfCosts': {
      if (facts.plannedCosts === null)
        return line(part, 'dataMissing', null, { percent: Math.round(part.maxShare * 100) });
      const amount = Math.floor(facts.plannedCosts * part.maxShare);
      const category = part.categories.find((c) => c.upTo === null || amount <= c.upTo);
      const figures = {
        costs: facts.plannedCosts,
        percent: Math.round(part.maxShare * 100),
        category: category?.id ?? null,
      };
      return line(part, 'computed', amount, figures);
    }
  }
}

/**
 * The grant a programme version would give, part by part, from its amount model and the
 * activities' data. A part whose figures were never entered says so and adds nothing.
 */
export function estimateGrant(programme: Programme, facts: ApplicationFacts): GrantEstimate {
  const lines = programme.amounts.map((p) => estimatePart(p, facts));
  const computed = lines.filter((l) => l.amount !== null);
  return {
    currency: programme.currency,
    total: computed.length === 0 ? null : computed.reduce((s, l) => s + (l.amount ?? 0), 0),
    complete: lines.every((l) => l.status === 'computed'),
    lines,
  };
}
