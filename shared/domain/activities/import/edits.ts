import { mapParticipantHeader, type ParticipantField } from './columns';
import type { SheetTable } from './preview';

export interface SheetEdit {
  line: number;
  values: Partial<Record<ParticipantField, string>>;
}

/**
 * The sheet with the cells typed in the preview in place of the file's, for the lines named
 * (the file itself is never changed). A field the sheet has no column for gets one at the end,
 * headed so the import reads it again; the same edits go with the commit.
 */
export function applySheetEdits(table: SheetTable, edits: readonly SheetEdit[]): SheetTable {
  if (edits.length === 0 || table.rows.length === 0) return table;
  const [header, ...records] = table.rows;
  if (!header) return table;
  const headCells = [...header.cells];
  const at = mapParticipantHeader(headCells);
  const columnOf = (field: ParticipantField): number => {
    const found = at[field];
    if (found !== undefined) return found;
    headCells.push(ADDED_HEADER[field]);
    at[field] = headCells.length - 1;
    return headCells.length - 1;
  };
  const byLine = new Map(edits.map((e) => [e.line, e.values]));
  const rows = records.map((r) => {
    const values = byLine.get(r.line);
    if (!values) return r;
    const cells = [...r.cells];
    for (const [field, value] of Object.entries(values) as [ParticipantField, string][]) {
      const col = columnOf(field);
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    return { line: r.line, cells };
  });
  return { ...table, rows: [{ line: header.line, cells: headCells }, ...rows] };
}

/** Header names the column map reads back as the same field. */
const ADDED_HEADER: Readonly<Record<ParticipantField, string>> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  town: 'Town',
  country: 'Country',
  organisation: 'Organisation',
  role: 'Role',
  origin: 'Invited or local',
  age: 'Age band',
  birthYear: 'Birth year',
  registration: 'Registration',
  arrival: 'Arrival',
  departure: 'Departure',
  email: 'Email',
  phone: 'Phone',
  stayGroup: 'Stay group',
  needsHost: 'Host family',
  photoConsent: 'Photo consent',
  diet: 'Diet',
};
