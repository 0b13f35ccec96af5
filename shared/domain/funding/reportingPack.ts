import { countParticipants, type ParticipantCounts, type TownCount } from '../activities/counts';
import type { Participant } from '../activities/participant';
import type { BudgetLine, LedgerEntry } from '../budget/model';
import { summariseBudget, type VarianceRow } from '../budget/summary';
import type { CurrencyCode } from '../money/currencies';
import type { RateBook } from '../money/rates';
import { foldName } from '../placeNames';
import type { ApplicationStatus } from './application';
import type { Publicity } from './programme';

/** The statuses in which a grant has been given and its report is due: the pack is offered then only. */
export const PACK_STATUSES: readonly ApplicationStatus[] = ['awarded', 'contracted', 'reporting'];
export const packOffered = (status: ApplicationStatus): boolean => PACK_STATUSES.includes(status);

type Counted = Pick<Participant, 'town' | 'country' | 'origin' | 'ageBand' | 'birthYear' | 'registration'>;

/** What the final report says about the people of the whole project, all its activities together. */
export interface PackParticipants {
  total: number;
  invited: number;
  local: number;
  /** Largest first; null collects people whose country is not known. */
  byCountry: { country: string | null; count: number }[];
  /** Invited participants per town, largest first: the unit of the signed lists. */
  byInvitedTown: TownCount[];
  youth: ParticipantCounts['youth'];
}

/**
 * The counts of each activity (ages judged on its own first day), then summed over the
 * project. A town met in two activities is one row, grouped by country and folded name.
 */
export function packParticipants(
  activities: readonly { startDate: string; participants: readonly Counted[] }[],
): { perActivity: ParticipantCounts[]; project: PackParticipants } {
  const perActivity = activities.map((a) => countParticipants(a.participants, a.startDate));
  const countries = new Map<string | null, number>();
  const towns = new Map<string, TownCount>();
  const youth = { under18: 0, under30: 0, ageKnown: 0, share: 0 };
  let total = 0;
  let invited = 0;
  for (const c of perActivity) {
    total += c.total;
    invited += c.invited;
    for (const { country, count } of c.byCountry)
      countries.set(country, (countries.get(country) ?? 0) + count);
    for (const t of c.byInvitedTown) {
      const key = `${t.country ?? ''}|${foldName(t.town)}`;
      const seen = towns.get(key);
      if (seen) seen.count += t.count;
      else towns.set(key, { ...t });
    }
    youth.under18 += c.youth.under18;
    youth.under30 += c.youth.under30;
    youth.ageKnown += c.youth.ageKnown;
  }
  youth.share = youth.ageKnown === 0 ? 0 : youth.under30 / youth.ageKnown;
  const largest =
    <T extends { count: number }>(key: (t: T) => string) =>
    (a: T, b: T) =>
      b.count - a.count || key(a).localeCompare(key(b));
  return {
    perActivity,
    project: {
      total,
      invited,
      local: total - invited,
      byCountry: [...countries]
        .map(([country, count]) => ({ country, count }))
        .sort(largest((c) => c.country ?? '~')),
      byInvitedTown: [...towns.values()].sort(largest((t) => `${t.country ?? ''}${t.town}`)),
      youth,
    },
  };
}

export interface PackCosts {
  currency: CurrencyCode;
  /** Planned against actual per spending category, over every year of the project's activities. */
  byCategory: VarianceRow[];
  total: VarianceRow;
  /** Lines and entries left out because no exchange rate applied: the report says how many. */
  unconverted: number;
}

/** The costs of the application's activities against their budget, in the programme's currency. */
export function packCosts(
  lines: readonly BudgetLine[],
  entries: readonly LedgerEntry[],
  activityIds: readonly string[],
  currency: CurrencyCode,
  book: RateBook,
): PackCosts {
  const ours = new Set(activityIds);
  const summary = summariseBudget(
    lines.filter((l) => l.activityId !== null && ours.has(l.activityId)),
    entries.filter((e) => e.activityId !== null && ours.has(e.activityId)),
    { reporting: currency, book },
  );
  return {
    currency,
    byCategory: summary.byCategory,
    total: summary.total,
    unconverted: summary.unconverted.length,
  };
}

/** The programme's funding statement in a document language, in English where that one is not given. */
export function publicityStatement(p: Publicity | null, lang: string): string | null {
  if (!p) return null;
  const { statement: s } = p;
  const given = lang === 'ro' ? s.ro : lang === 'fr' ? s.fr : lang === 'de' ? s.de : undefined;
  return given ?? s.en;
}
