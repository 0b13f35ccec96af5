import type { Partnership, PartnershipDraft, PlaceSource } from '../../../shared/domain/partnership';

/** Form state: strings where the user types, so nothing typed is lost before validation. */
export interface ContactValues {
  id: string;
  name: string;
  role: string;
  languages: string[];
  email: string;
  phone: string;
}

export interface TownValues {
  id: string;
  name: string;
  country: string | null;
  region: string;
  population: number | string;
  lat: number | string;
  lon: number | string;
  geonameId: number | null;
  source: PlaceSource;
  languages: string[];
  contacts: ContactValues[];
}

export interface SigningValues {
  id: string;
  date: string;
  place: string;
  note: string;
}

export interface ResolutionValues {
  id: string;
  council: string | null;
  number: string;
  date: string;
}

export interface PartnershipValues {
  kind: string | null;
  status: string | null;
  /** On creation: the day the link has been in that status since ('' for today). */
  statusSince: string;
  towns: TownValues[];
  signings: SigningValues[];
  resolutions: ResolutionValues[];
  languages: string[];
  themes: string[];
  notes: string;
}

/**
 * Keys for items the form adds, so a resolution can name the council of a town not yet saved.
 * They stay in the form: the core gives every new item its own id (see toDraft).
 */
export const newId = (): string => crypto.randomUUID();

export const emptyContact = (): ContactValues => ({
  id: newId(),
  name: '',
  role: '',
  languages: [],
  email: '',
  phone: '',
});

export const emptyTown = (): TownValues => ({
  id: newId(),
  name: '',
  country: null,
  region: '',
  population: '',
  lat: '',
  lon: '',
  geonameId: null,
  source: 'manual',
  languages: [],
  contacts: [],
});

export function toValues(p: Partnership | null): PartnershipValues {
  if (!p) {
    return {
      kind: 'partnership',
      status: 'prospect',
      statusSince: '',
      towns: [emptyTown()],
      signings: [],
      resolutions: [],
      languages: [],
      themes: [],
      notes: '',
    };
  }
  return {
    kind: p.kind,
    status: p.status,
    statusSince: '',
    towns: p.partners.map((t) => ({
      id: t.id,
      name: t.place.name,
      country: t.place.country,
      region: t.place.region,
      population: t.place.population ?? '',
      lat: t.place.coordinates?.lat ?? '',
      lon: t.place.coordinates?.lon ?? '',
      geonameId: t.place.geonameId,
      source: t.place.source,
      languages: t.languages,
      contacts: t.contacts.map((c) => ({ ...c })),
    })),
    signings: p.signings.map((s) => ({ ...s })),
    resolutions: p.resolutions.map((r) => ({ ...r })),
    languages: p.languages,
    themes: p.themes,
    notes: p.notes,
  };
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

/**
 * What the shared PartnershipDraft schema checks; unknown shapes are left for it to reject.
 * Items the saved link already holds keep their ids; new ones are sent without (a new town
 * with its form key, which a resolution may name as its council). An edit carries the
 * revision it was based on, so a change made elsewhere meanwhile is refused, not overwritten.
 */
export function toDraft(v: PartnershipValues, saved: Partnership | null): Record<string, unknown> {
  const known = new Set(
    saved
      ? [
          ...saved.partners.flatMap((t) => [t.id, ...t.contacts.map((c) => c.id)]),
          ...saved.signings.map((x) => x.id),
          ...saved.resolutions.map((x) => x.id),
        ]
      : [],
  );
  const idOrNothing = <T extends { id: string }>({ id, ...rest }: T) =>
    known.has(id) ? { id, ...rest } : rest;
  return {
    ...(saved
      ? { id: saved.id, rev: saved.rev }
      : { status: v.status ?? undefined, ...(v.statusSince === '' ? {} : { statusSince: v.statusSince }) }),
    kind: v.kind,
    partners: v.towns.map((t) => {
      const lat = numberOrNull(t.lat);
      const lon = numberOrNull(t.lon);
      return {
        ...(known.has(t.id) ? { id: t.id } : { key: t.id }),
        place: {
          name: t.name,
          country: t.country ?? '',
          region: t.region,
          population: numberOrNull(t.population),
          coordinates: lat === null && lon === null ? null : { lat, lon },
          geonameId: t.geonameId,
          source: t.source,
        },
        languages: t.languages,
        contacts: t.contacts.map(idOrNothing),
      };
    }),
    signings: v.signings.map(idOrNothing),
    resolutions: v.resolutions.map(idOrNothing),
    languages: v.languages,
    themes: v.themes,
    notes: v.notes,
  } satisfies Partial<Record<keyof PartnershipDraft, unknown>>;
}
