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

/** Ids are chosen here so that a resolution can name the council of a town not yet saved. */
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

/** What the shared PartnershipDraft schema checks; unknown shapes are left for it to reject. */
export function toDraft(v: PartnershipValues, id: string | undefined): Record<string, unknown> {
  return {
    ...(id
      ? { id }
      : { status: v.status ?? undefined, ...(v.statusSince === '' ? {} : { statusSince: v.statusSince }) }),
    kind: v.kind,
    partners: v.towns.map((t) => {
      const lat = numberOrNull(t.lat);
      const lon = numberOrNull(t.lon);
      return {
        id: t.id,
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
        contacts: t.contacts,
      };
    }),
    signings: v.signings,
    resolutions: v.resolutions,
    languages: v.languages,
    themes: v.themes,
    notes: v.notes,
  } satisfies Partial<Record<keyof PartnershipDraft, unknown>>;
}
