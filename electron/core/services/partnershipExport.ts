import { writeCsv } from '../../../shared/domain/csv/writeCsv';
import type { ExportFile } from '../../../shared/domain/importPreview';
import { firstSigning } from '../../../shared/domain/partnership';
import type { ServiceContext } from './context';
import { localIsoDate } from './today';
import { committeeOf } from '../store/views';

/** The header names the importer reads back, so an export can be imported elsewhere. */
export const EXPORT_HEADER = [
  'home town',
  'partner town',
  'country',
  'year',
  'kind',
  'status',
  'region',
  'population',
  'latitude',
  'longitude',
  'geonames id',
];

/**
 * Exports the registry. CSV has one row per partner town (a network of three towns gives
 * two rows), with the first signing date in the year column; JSON keeps every record whole.
 */
export function partnershipExportService(ctx: ServiceContext) {
  const stamp = () => localIsoDate(ctx.now());
  return {
    csv(): ExportFile {
      const data = ctx.store().data;
      const { partnerships } = data;
      const committee = committeeOf(data);
      const home = committee.municipality?.name ?? '';
      const rows: (string | number | null)[][] = [EXPORT_HEADER];
      for (const p of partnerships) {
        const signed = firstSigning(p);
        for (const t of p.partners) {
          const c = t.place.coordinates;
          rows.push([
            home,
            t.place.name,
            t.place.country,
            signed,
            p.kind,
            p.status,
            t.place.region,
            t.place.population,
            c?.lat ?? null,
            c?.lon ?? null,
            t.place.geonameId,
          ]);
        }
      }
      return { fileName: `partnerships-${stamp()}.csv`, mimeType: 'text/csv', text: writeCsv(rows) };
    },

    json(): ExportFile {
      const data = ctx.store().data;
      const { partnerships } = data;
      const committee = committeeOf(data);
      const body = {
        format: 'twinning-desk/partnerships',
        version: 1,
        exportedAt: ctx.now().toISOString(),
        home: committee.municipality,
        partnerships,
      };
      return {
        fileName: `partnerships-${stamp()}.json`,
        mimeType: 'application/json',
        text: `${JSON.stringify(body, null, 2)}\n`,
      };
    },
  };
}
export type PartnershipExportService = ReturnType<typeof partnershipExportService>;
