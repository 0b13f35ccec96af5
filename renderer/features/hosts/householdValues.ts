import type { HostHouseholdDraft } from '../../../shared/domain/activities/household';
import type { HouseholdRecord } from '../../../shared/ipc/channels/hosts';

/** A period the household can host, with a client-local key so typing never jumps rows. */
export interface RangeRow {
  key: string;
  from: string;
  to: string;
}

export type HouseholdValues = Omit<HostHouseholdDraft, 'id' | 'available' | 'minorCheckDate' | 'beds'> & {
  available: RangeRow[];
  minorCheckDate: string;
  beds: number | string;
};

let seq = 0;
export const newRange = (): RangeRow => ({ key: `r${++seq}`, from: '', to: '' });

export function toValues(h: HouseholdRecord | null): HouseholdValues {
  if (!h)
    return {
      name: '',
      contactName: '',
      email: '',
      phone: '',
      address: '',
      town: '',
      languages: [],
      beds: 2,
      available: [newRange()],
      pets: [],
      smoking: false,
      dietsOffered: [],
      stepFree: false,
      minorCheckDate: '',
      notes: '',
    };
  const { id: _id, rev: _rev, updatedAt: _at, upcomingGuests: _n, ...fields } = h;
  return {
    ...fields,
    available: h.available.map((r) => ({ ...newRange(), from: r.from, to: r.to })),
    minorCheckDate: h.minorCheckDate ?? '',
  };
}

/** What the form sends: empty dates as null, the rows without their keys. */
export function toDraft(values: HouseholdValues, id: string | undefined): unknown {
  return {
    ...(id ? { id } : {}),
    ...values,
    beds: values.beds === '' ? undefined : Number(values.beds),
    available: values.available.map(({ from, to }) => ({ from, to })),
    minorCheckDate: values.minorCheckDate || null,
  };
}
