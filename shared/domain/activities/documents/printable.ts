import type { Municipality } from '../../committee';
import type { Partnership } from '../../partnership';
import type { Activity, ActivityKind, ActivityTheme, ProgrammeDay, Venue } from '../activity';
import type { HostAssignment, HostHousehold } from '../household';
import type { Participant } from '../participant';

/** What every activity document prints about the event, with the towns already named. */
export interface PrintableEvent {
  title: string;
  kind: ActivityKind;
  startDate: string;
  endDate: string;
  hostTown: { name: string; country: string } | null;
  venue: Venue;
  programme: readonly ProgrammeDay[];
  themes: readonly ActivityTheme[];
}

/** The host town named: the committee's own town, or the partner town the activity names. */
export function printableEvent(
  a: Activity,
  home: Pick<Municipality, 'name' | 'country'> | null,
  partnerships: readonly Pick<Partnership, 'id' | 'partners'>[],
): PrintableEvent {
  let hostTown: PrintableEvent['hostTown'] = null;
  if (a.host === 'home') hostTown = home ? { name: home.name, country: home.country } : null;
  else if (a.host !== null) {
    const town = partnerships
      .filter((p) => a.partnershipIds.includes(p.id))
      .flatMap((p) => p.partners)
      .find((t) => t.id === a.host);
    hostTown = town ? { name: town.place.name, country: town.place.country } : null;
  }
  const { title, kind, startDate, endDate, venue, programme, themes } = a;
  return { title, kind, startDate, endDate, hostTown, venue, programme, themes };
}

export interface Stay {
  household: HostHousehold;
  guests: Participant[];
}

/**
 * Who stays where for one activity, from the stored assignments: households by name with
 * their guests by name, and the guests needing a host who have none yet.
 */
export function staysOf(
  activityId: string,
  assignments: readonly HostAssignment[],
  participants: readonly Participant[],
  households: readonly HostHousehold[],
): { stays: Stay[]; unplaced: Participant[] } {
  const people = new Map(participants.filter((p) => p.activityId === activityId).map((p) => [p.id, p]));
  const homes = new Map(households.map((h) => [h.id, h]));
  const byHome = new Map<string, Participant[]>();
  const placed = new Set<string>();
  for (const a of assignments) {
    const guest = people.get(a.participantId);
    if (a.activityId !== activityId || !guest || !homes.has(a.householdId) || placed.has(guest.id)) continue;
    placed.add(guest.id);
    byHome.set(a.householdId, [...(byHome.get(a.householdId) ?? []), guest]);
  }
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name);
  const stays = [...byHome].map(([id, guests]) => ({
    household: homes.get(id) as HostHousehold,
    guests: guests.sort(byName),
  }));
  const unplaced = [...people.values()].filter(
    (p) => p.origin === 'invited' && p.needsHost && p.registration !== 'cancelled' && !placed.has(p.id),
  );
  return { stays: stays.sort((x, y) => byName(x.household, y.household)), unplaced: unplaced.sort(byName) };
}
