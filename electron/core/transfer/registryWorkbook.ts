import type { ExportLanguage } from '../../../shared/domain/csv/exportWords';
import type { Partnership } from '../../../shared/domain/partnership';
import { registryTable } from './registryTable';

const SHEETS: Readonly<Record<ExportLanguage, { links: string; contacts: string; contactHeader: string[] }>> =
  {
    en: {
      links: 'Partnerships',
      contacts: 'Contacts',
      contactHeader: ['Partner town', 'Name', 'Role', 'E-mail', 'Phone'],
    },
    ro: {
      links: 'Parteneriate',
      contacts: 'Contacte',
      contactHeader: ['Oraș partener', 'Nume', 'Rol', 'E-mail', 'Telefon'],
    },
    fr: {
      links: 'Partenariats',
      contacts: 'Contacts',
      contactHeader: ['Ville partenaire', 'Nom', 'Rôle', 'E-mail', 'Téléphone'],
    },
    de: {
      links: 'Partnerschaften',
      contacts: 'Kontakte',
      contactHeader: ['Partnerstadt', 'Name', 'Rolle', 'E-Mail', 'Telefon'],
    },
  };
const DATE_FORMAT: Readonly<Record<ExportLanguage, string>> = {
  en: 'd mmmm yyyy',
  ro: 'dd.mm.yyyy',
  fr: 'dd/mm/yyyy',
  de: 'dd.mm.yyyy',
};
const YEAR_COLUMN = 4;

/**
 * The registry as an Excel workbook: the links sheet with real numbers and real dates (a year
 * alone stays the number it is), and every contact of every partner town on a sheet of its own.
 * exceljs is loaded on first use: it is large and most sessions never export.
 */
export async function registryWorkbook(
  partnerships: readonly Partnership[],
  home: string,
  lang: ExportLanguage,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const names = SHEETS[lang];
  const { header, rows } = registryTable(partnerships, home, lang);
  const links = book.addWorksheet(names.links, { views: [{ state: 'frozen', ySplit: 1 }] });
  links.addRow(header).font = { bold: true };
  for (const row of rows) {
    const cells = row.map((value, i) => {
      if (i !== YEAR_COLUMN - 1 || typeof value !== 'string') return value;
      return value.length === 4 ? Number(value) : new Date(`${value}T00:00:00Z`);
    });
    links.addRow(cells);
  }
  links.getColumn(YEAR_COLUMN).eachCell((cell, n) => {
    if (n > 1 && cell.value instanceof Date) cell.numFmt = DATE_FORMAT[lang];
  });
  links.columns.forEach((column) => (column.width = 18));

  const contacts = book.addWorksheet(names.contacts, { views: [{ state: 'frozen', ySplit: 1 }] });
  contacts.addRow(names.contactHeader).font = { bold: true };
  for (const p of partnerships)
    for (const t of p.partners)
      for (const c of t.contacts) contacts.addRow([t.place.name, c.name, c.role, c.email, c.phone]);
  contacts.columns.forEach((column) => (column.width = 22));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
