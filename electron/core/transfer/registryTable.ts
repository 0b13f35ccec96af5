import { EXPORT_COLUMNS, EXPORT_WORDS, type ExportLanguage } from '../../../shared/domain/csv/exportWords';
import { firstSigning, type Partnership } from '../../../shared/domain/partnership';

export type Cell = string | number | null;

/**
 * The registry as a table, one row per partner town (a network of three towns gives two rows),
 * with the first contact of each town and the first signing as precise as it is known; headers,
 * kinds and statuses in the UI language.
 */
export function registryTable(
  partnerships: readonly Partnership[],
  home: string,
  lang: ExportLanguage,
): { header: string[]; rows: Cell[][] } {
  const words = EXPORT_WORDS[lang];
  const rows: Cell[][] = [];
  for (const p of partnerships) {
    const signed = firstSigning(p);
    for (const t of p.partners) {
      const contact = t.contacts[0];
      const c = t.place.coordinates;
      const cells: Record<(typeof EXPORT_COLUMNS)[number], Cell> = {
        home,
        partner: t.place.name,
        country: t.place.country,
        year: signed,
        kind: words.kind[p.kind],
        status: words.status[p.status],
        region: t.place.region,
        contact: contact?.name ?? '',
        email: contact?.email ?? '',
        phone: contact?.phone ?? '',
        notes: p.notes,
        population: t.place.population,
        latitude: c?.lat ?? null,
        longitude: c?.lon ?? null,
        geonameId: t.place.geonameId,
      };
      rows.push(EXPORT_COLUMNS.map((col) => cells[col]));
    }
  }
  return { header: EXPORT_COLUMNS.map((col) => words.headers[col]), rows };
}
