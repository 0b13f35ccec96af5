import { isYearOnly } from '../../../shared/domain/common';
import { countryLanguages } from '../../../shared/domain/countryLanguages';
import type { PreviewRow } from '../../../shared/domain/importPreview';
import type {
  PartnerContact,
  PartnerPlace,
  Partnership,
  StatusChange,
} from '../../../shared/domain/partnership';
import { emptyHealth } from '../../../shared/domain/partnershipHealth';
import { foldName } from '../../../shared/domain/placeNames';

export interface ImportStamp {
  /** When the import runs (ISO timestamp) and its local day. */
  at: string;
  today: string;
  newId(): string;
  homeLanguages: readonly string[];
}

/**
 * The file's spelling wins where it only adds what the gazetteer's ASCII name lost
 * ("Bielsko-Biała", not "Bielsko-Biala"); an exonym the gazetteer resolved ("Hermannstadt")
 * gives way to the town's own name.
 */
function keepFileSpelling(place: PartnerPlace, written: string, region: string): PartnerPlace {
  const name = written !== '' && foldName(written) === foldName(place.name) ? written : place.name;
  return { ...place, name, region: place.region || region };
}

/**
 * The status the file gives, dated by its signing where it has one ("active since 1977"); with no
 * date at all the day of the import stands in, marked as such so it never counts as activity.
 */
function statusHistory(row: PreviewRow, today: string): StatusChange[] {
  const status = row.linkStatus ?? 'active';
  const signed = row.signedOn;
  const dated = status === 'active' && signed !== null && !isYearOnly(signed);
  return [dated ? { status, date: signed, note: '' } : { status, date: today, note: '', entered: true }];
}

function contactsOf(row: PreviewRow, newId: () => string): PartnerContact[] {
  const { contact, email, phone } = row.values;
  if (contact === '' && email === '' && phone === '') return [];
  return [{ id: newId(), name: contact || email || phone, role: '', languages: [], email, phone }];
}

/** One imported row as a partnership, keeping everything the file says that the app has a field for. */
export function partnershipFromRow(row: PreviewRow, chosen: PartnerPlace, s: ImportStamp): Partnership {
  const place = keepFileSpelling(chosen, row.values.partner, row.values.region);
  const languages = [...countryLanguages(place.country)];
  return {
    id: s.newId(),
    kind: row.kind ?? 'partnership',
    partners: [{ id: s.newId(), place, languages, contacts: contactsOf(row, s.newId) }],
    status: row.linkStatus ?? 'active',
    statusHistory: statusHistory(row, s.today),
    signings: row.signedOn ? [{ id: s.newId(), date: row.signedOn, place: '', note: '' }] : [],
    resolutions: [],
    languages: [...new Set([...s.homeLanguages, ...languages])].slice(0, 10),
    themes: [],
    objectives: [],
    health: emptyHealth(),
    timeline: [],
    notes: row.values.notes,
    createdAt: s.at,
    updatedAt: s.at,
    rev: 1,
  };
}
