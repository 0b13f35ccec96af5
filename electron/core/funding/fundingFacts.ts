import type { Activity } from '../../../shared/domain/activities/activity';
import type { Coordinates } from '../../../shared/domain/common';
import type { Application } from '../../../shared/domain/funding/application';
import type { ActivityFact, ApplicationFacts } from '../../../shared/domain/funding/facts';
import { townKey } from '../../../shared/domain/funding/facts';
import { distanceKm } from '../../../shared/domain/geo';
import type { StoreData } from '../store/schema';

type Place = { name: string; country: string; coordinates: Coordinates | null };

/** The host town of an activity as a place: the committee's own town or a partner town. */
export function hostPlace(
  db: Readonly<StoreData>,
  a: Pick<Activity, 'host' | 'partnershipIds'>,
): Place | null {
  if (a.host === null) return null;
  if (a.host === 'home') return db.municipality[0] ?? null;
  for (const p of db.partnerships) {
    if (!a.partnershipIds.includes(p.id)) continue;
    const town = p.partners.find((t) => t.id === a.host);
    if (town) return town.place;
  }
  return null;
}

/** Every town the committee knows with its coordinates (the gazetteer's, kept on the records). */
function knownPlaces(db: Readonly<StoreData>): Map<string, Coordinates> {
  const places = new Map<string, Coordinates>();
  const add = (p: Place) => {
    if (p.coordinates) places.set(townKey(p.country, p.name), p.coordinates);
  };
  for (const m of db.municipality) add(m);
  for (const p of db.partnerships) for (const t of p.partners) add(t.place);
  return places;
}

/** The facts the eligibility check and the estimate read, gathered from the store. */
export function applicationFacts(
  db: Readonly<StoreData>,
  app: Application,
  currency: string,
): ApplicationFacts {
  const places = knownPlaces(db);
  const activities: ActivityFact[] = app.activityIds.flatMap((id) => {
    const a = db.activities.find((x) => x.id === id);
    if (!a) return [];
    const host = hostPlace(db, a);
    const participants = db.participants.filter((p) => p.activityId === a.id);
    const distances: Record<string, number | null> = {};
    for (const p of participants) {
      const key = townKey(p.country, p.town);
      if (key in distances || p.origin !== 'invited') continue;
      const from = places.get(key);
      distances[key] = from && host?.coordinates ? Math.round(distanceKm(from, host.coordinates)) : null;
    }
    return [
      {
        id: a.id,
        title: a.title,
        startDate: a.startDate,
        endDate: a.endDate,
        country: host?.country ?? null,
        participants: participants.map((p) => ({
          town: p.town,
          country: p.country,
          origin: p.origin,
          role: p.role,
          ageBand: p.ageBand,
          birthYear: p.birthYear,
          registration: p.registration,
        })),
        distances,
      },
    ];
  });
  return {
    applicants: app.applicants,
    projectStart: app.projectStart,
    projectEnd: app.projectEnd,
    activities,
    plannedCosts: app.plannedCosts?.currency === currency ? app.plannedCosts.amount : null,
  };
}
