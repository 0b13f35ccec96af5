import type { ActivityView } from '../../../shared/ipc/channels/activities';

/** A client-local key per row, so React keeps each row's fields while rows are added or removed. */
let seq = 0;
export const rowKey = () => `row-${++seq}`;

export interface ItemValues {
  key: string;
  time: string;
  title: string;
  place: string;
  note: string;
}
export interface DayValues {
  key: string;
  date: string;
  items: ItemValues[];
}
export interface ThemeValues {
  key: string;
  theme: string | null;
  how: string;
}

export interface ActivityValues {
  title: string;
  kind: string | null;
  status: 'idea' | 'planned';
  partnershipIds: string[];
  /** 'home', a partner town's id, or '' when not decided yet. */
  host: string;
  startDate: string;
  endDate: string;
  venueName: string;
  venueAddress: string;
  languages: string[];
  organisationIds: string[];
  days: DayValues[];
  themes: ThemeValues[];
  notes: string;
}

export const emptyItem = (): ItemValues => ({ key: rowKey(), time: '', title: '', place: '', note: '' });
export const emptyTheme = (): ThemeValues => ({ key: rowKey(), theme: null, how: '' });

/** The next day after the last one typed (or the first day), so a programme fills in order. */
export function nextDay(values: Pick<ActivityValues, 'days' | 'startDate'>): DayValues {
  const last = values.days.at(-1)?.date;
  let date = values.startDate;
  if (last) {
    const d = new Date(`${last}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    date = d.toISOString().slice(0, 10);
  }
  return { key: rowKey(), date, items: [emptyItem()] };
}

export function toValues(a: ActivityView | null, partnershipId?: string): ActivityValues {
  if (!a)
    return {
      title: '',
      kind: null,
      status: 'idea',
      partnershipIds: partnershipId ? [partnershipId] : [],
      host: '',
      startDate: '',
      endDate: '',
      venueName: '',
      venueAddress: '',
      languages: [],
      organisationIds: [],
      days: [],
      themes: [],
      notes: '',
    };
  return {
    title: a.title,
    kind: a.kind,
    status: a.status === 'planned' ? 'planned' : 'idea',
    partnershipIds: [...a.partnershipIds],
    host: a.host ?? '',
    startDate: a.startDate,
    endDate: a.endDate,
    venueName: a.venue.name,
    venueAddress: a.venue.address,
    languages: [...a.languages],
    organisationIds: [...a.organisationIds],
    days: a.programme.map((d) => ({
      key: rowKey(),
      date: d.date,
      items: d.items.map((i) => ({ key: rowKey(), ...i })),
    })),
    themes: a.themes.map((th) => ({ key: rowKey(), theme: th.theme, how: th.how })),
    notes: a.notes,
  };
}

/**
 * What the form sends, in the order typed, so a field message from the schema (its path
 * "programme.1.items.0.title") lands on the field it is about. Unfilled choices stay
 * unfilled (null, ''), and the shared schema says so at the field.
 */
export function toDraft(v: ActivityValues, saved: ActivityView | null): Record<string, unknown> {
  return {
    ...(saved ? { id: saved.id, rev: saved.rev } : { status: v.status }),
    title: v.title.trim(),
    kind: v.kind,
    partnershipIds: v.partnershipIds,
    host: v.host === '' ? null : v.host,
    venue: { name: v.venueName.trim(), address: v.venueAddress.trim() },
    startDate: v.startDate,
    endDate: v.endDate,
    programme: v.days.map((d) => ({
      date: d.date,
      items: d.items.map((i) => ({
        time: i.time,
        title: i.title.trim(),
        place: i.place.trim(),
        note: i.note.trim(),
      })),
    })),
    languages: v.languages,
    themes: v.themes.map((th) => ({ theme: th.theme, how: th.how.trim() })),
    organisationIds: v.organisationIds,
    notes: v.notes.trim(),
  };
}
