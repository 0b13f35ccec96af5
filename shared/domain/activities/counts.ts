import { foldName } from '../placeNames';
import { ageBandOn, type Participant, type RegistrationState } from './participant';

type Counted = Pick<Participant, 'town' | 'country' | 'origin' | 'ageBand' | 'birthYear' | 'registration'>;

export interface TownCount {
  town: string;
  country: string | null;
  count: number;
}

export interface ParticipantCounts {
  /** Everyone not cancelled. */
  total: number;
  cancelled: number;
  byState: Record<RegistrationState, number>;
  /** Largest first, then by code; null collects people whose country is not known. */
  byCountry: { country: string | null; count: number }[];
  /** Invited participants per town (the unit of CERV's signed lists), largest first. */
  byInvitedTown: TownCount[];
  invited: number;
  local: number;
  youth: {
    under18: number;
    /** Under 30 includes the under-18s (key 6 of CEMR speaks of both). */
    under30: number;
    ageKnown: number;
    /** under30 / ageKnown, 0 when no age is known. */
    share: number;
  };
  /** Registered means signed up: registered, confirmed or attended. */
  registered: number;
  attended: number;
}

const STATES: readonly RegistrationState[] = ['invited', 'registered', 'confirmed', 'attended', 'cancelled'];

const byCountThenName =
  <T extends { count: number }>(key: (t: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));

/**
 * The counts a committee reports and funders ask for, in one pass. Towns are grouped by
 * their folded name and country, so "Landshut" and "LANDSHUT " are one town, shown as first written.
 */
export function countParticipants(
  participants: readonly Counted[],
  activityStart: string,
): ParticipantCounts {
  const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<RegistrationState, number>;
  const countries = new Map<string | null, number>();
  const towns = new Map<string, TownCount>();
  let invited = 0;
  let under18 = 0;
  let under30 = 0;
  let ageKnown = 0;
  for (const p of participants) {
    byState[p.registration]++;
    if (p.registration === 'cancelled') continue;
    countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    if (p.origin === 'invited') {
      invited++;
      const key = `${p.country ?? ''}|${foldName(p.town)}`;
      const town = towns.get(key);
      if (town) town.count++;
      else towns.set(key, { town: p.town.trim(), country: p.country, count: 1 });
    }
    const band = ageBandOn(p, activityStart);
    if (band !== null) {
      ageKnown++;
      if (band === 'under18') under18++;
      if (band !== 'over30') under30++;
    }
  }
  const total = participants.length - byState.cancelled;
  return {
    total,
    cancelled: byState.cancelled,
    byState,
    byCountry: [...countries]
      .map(([country, count]) => ({ country, count }))
      .sort(byCountThenName((c) => c.country ?? '~')),
    byInvitedTown: [...towns.values()].sort(byCountThenName((t) => `${t.country ?? ''}${t.town}`)),
    invited,
    local: total - invited,
    youth: { under18, under30, ageKnown, share: ageKnown === 0 ? 0 : under30 / ageKnown },
    registered: byState.registered + byState.confirmed + byState.attended,
    attended: byState.attended,
  };
}
