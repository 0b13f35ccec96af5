import { listSeparator, type ExportLanguage } from '../../../shared/domain/csv/exportWords';
import { writeCsv } from '../../../shared/domain/csv/writeCsv';
import type { BinaryExportFile, ExportFile } from '../../../shared/domain/importPreview';
import type { ServiceContext } from '../context';
import { registryTable } from './registryTable';
import { registryWorkbook } from './registryWorkbook';
import { localIsoDate } from '../today';
import { committeeOf } from '../store/views';

/**
 * Exports the registry: CSV in the UI language with the list separator its spreadsheets expect
 * (and a BOM), an XLSX workbook with the contacts, and JSON holding every record of the data folder.
 */
export function partnershipExportService(ctx: ServiceContext) {
  const stamp = () => localIsoDate(ctx.now());
  const homeName = () => committeeOf(ctx.store().data).municipality?.name ?? '';
  return {
    csv(lang: ExportLanguage): ExportFile {
      const { header, rows } = registryTable(ctx.store().data.partnerships, homeName(), lang);
      return {
        fileName: `partnerships-${stamp()}.csv`,
        mimeType: 'text/csv',
        text: writeCsv([header, ...rows], listSeparator(lang)),
      };
    },

    async xlsx(lang: ExportLanguage): Promise<BinaryExportFile> {
      const bytes = await registryWorkbook(ctx.store().data.partnerships, homeName(), lang);
      return {
        fileName: `partnerships-${stamp()}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
      };
    },

    /** Every record: the committee with its members, the links, the charters with their kept versions, the shortlist. */
    json(): ExportFile {
      const data = ctx.store().data;
      const { partnerships, agreements, shortlist } = data;
      const committee = committeeOf(data);
      const body = {
        format: 'twinning-desk/records',
        version: 2,
        exportedAt: ctx.now().toISOString(),
        committee,
        partnerships,
        agreements,
        shortlist,
      };
      return {
        fileName: `twinning-desk-records-${stamp()}.json`,
        mimeType: 'application/json',
        text: `${JSON.stringify(body, null, 2)}\n`,
      };
    },
  };
}
export type PartnershipExportService = ReturnType<typeof partnershipExportService>;
