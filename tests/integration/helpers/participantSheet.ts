import ExcelJS from 'exceljs';

/** One registration row as a secretary's spreadsheet holds it, English headers. */
export interface SheetRow {
  name: string;
  town: string;
  country: string;
  origin: string;
  age: string;
  arrival: string;
  departure: string;
  diet?: string;
}

export const SHEET_HEADERS = [
  'Name',
  'Town',
  'Country',
  'Invited or local',
  'Age',
  'Arrival',
  'Departure',
  'Diet',
];

const TOWNS = [
  { town: 'Landshut', country: 'Germany' },
  { town: 'Rennes', country: 'France' },
  { town: 'Sibiu', country: 'Romania' },
];

/**
 * Sixty participants for an activity of 10–13 June: fifty-six good rows and four bad ones
 * (line 5 has no name, line 9 an unknown country, line 13 repeats line 2, line 17 a 31 June).
 */
export function sixtyRows(): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = 0; i < 60; i++) {
    const t = TOWNS[i % 3]!;
    rows.push({
      name: `Guest ${String(i + 1).padStart(2, '0')}`,
      town: t.town,
      country: t.country,
      origin: t.town === 'Sibiu' ? 'local' : 'invited',
      age: i % 4 === 0 ? '16' : i % 4 === 1 ? '25' : '45',
      arrival: '2026-06-10',
      departure: '2026-06-13',
      diet: i % 10 === 0 ? 'vegetarian' : '',
    });
  }
  // Sheet line = index + 2 (line 1 is the header).
  rows[3] = { ...rows[3]!, name: '' };
  rows[7] = { ...rows[7]!, country: 'Atlantis' };
  rows[11] = { ...rows[0]! };
  rows[15] = { ...rows[15]!, arrival: '31.06.2026' };
  return rows;
}

export async function sheetXlsx(rows: readonly SheetRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Registrations');
  sheet.addRow(SHEET_HEADERS);
  for (const r of rows)
    sheet.addRow([r.name, r.town, r.country, r.origin, r.age, r.arrival, r.departure, r.diet ?? '']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
