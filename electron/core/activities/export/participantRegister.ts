import ExcelJS from 'exceljs';
import {
  REGISTER_WORDS,
  type RegisterColumn,
} from '../../../../shared/domain/activities/documents/registerWords';
import { countryName } from '../../../../shared/domain/activities/documents/format';
import { isDocumentLanguage } from '../../../../shared/domain/activities/documents/words';
import { PARTICIPANT_FIELDS } from '../../../../shared/domain/activities/import/columns';
import type { Participant } from '../../../../shared/domain/activities/participant';
import { writeCsv } from '../../../../shared/domain/csv/writeCsv';

export interface RegisterOptions {
  lang: string;
  organisations: ReadonlyMap<string, string>;
  /** Diet is sensitive: in the register only when the secretary asks for it (for the caterer). */
  includeDiet?: boolean;
}

type Cell = string | number | null;

/**
 * The import's fields in its order, less the split name (the register writes the whole name)
 * and the diet, which is sensitive and added only when asked for.
 */
const COLUMNS: readonly RegisterColumn[] = PARTICIPANT_FIELDS.filter(
  (f): f is Exclude<RegisterColumn, 'diet'> => f !== 'firstName' && f !== 'lastName' && f !== 'diet',
);

/**
 * The register as rows, header first, in the secretary's language; every header and value is
 * one the participant import reads back, so an exported sheet can be edited and imported again.
 */
export function participantRegisterRows(
  participants: readonly Participant[],
  options: RegisterOptions,
): Cell[][] {
  const lang = isDocumentLanguage(options.lang) ? options.lang : 'en';
  const w = REGISTER_WORDS[lang];
  const columns = options.includeDiet ? [...COLUMNS, 'diet' as const] : COLUMNS;
  const cell = (p: Participant, c: RegisterColumn): Cell => {
    switch (c) {
      case 'name':
        return p.name;
      case 'town':
        return p.town;
      case 'country':
        return countryName(p.country, lang);
      case 'organisation':
        return p.organisationId ? (options.organisations.get(p.organisationId) ?? '') : '';
      case 'role':
        return w.roles[p.role];
      case 'origin':
        return w.origins[p.origin];
      case 'age':
        return p.birthYear === null && p.ageBand ? w.ages[p.ageBand] : '';
      case 'birthYear':
        return p.birthYear;
      case 'registration':
        return w.states[p.registration];
      case 'arrival':
        return p.arrival;
      case 'departure':
        return p.departure;
      case 'email':
        return p.email;
      case 'phone':
        return p.phone;
      case 'stayGroup':
        return p.stayGroup;
      case 'needsHost':
        return p.needsHost ? w.yes : w.no;
      case 'photoConsent':
        return p.photoConsent === 'unknown' ? '' : p.photoConsent === 'given' ? w.yes : w.no;
      case 'diet':
        return p.dietNote;
    }
  };
  return [columns.map((c) => w.columns[c]), ...participants.map((p) => columns.map((c) => cell(p, c)))];
}

/** CSV as the secretary's Excel expects it: semicolons outside English, a BOM for UTF-8. */
export function participantRegisterCsv(
  participants: readonly Participant[],
  options: RegisterOptions,
): string {
  return writeCsv(participantRegisterRows(participants, options), options.lang === 'en' ? ',' : ';');
}

/** An XLSX workbook with a bold, frozen header row and columns wide enough to read. */
export async function participantRegisterXlsx(
  participants: readonly Participant[],
  options: RegisterOptions,
): Promise<Uint8Array> {
  const rows = participantRegisterRows(participants, options);
  const lang = isDocumentLanguage(options.lang) ? options.lang : 'en';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Twinning Desk';
  const sheet = workbook.addWorksheet(REGISTER_WORDS[lang].sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  for (const row of rows) sheet.addRow(row.map((c) => (c === null ? null : c)));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(...rows.map((r) => String(r[i] ?? '').length));
    col.width = Math.min(40, Math.max(10, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
