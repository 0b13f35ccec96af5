import type { PartnershipExportService } from '../services/partnershipExport';
import type { PartnershipImportService } from '../services/partnershipImport';
import type { HandlerMap } from './types';

export const transferHandlers = (
  importer: PartnershipImportService,
  exporter: PartnershipExportService,
): HandlerMap<'import:preview' | 'import:commit' | 'export:csv' | 'export:xlsx' | 'export:json'> => ({
  'import:preview': (input) => importer.preview(input),
  'import:commit': (input) => importer.commit(input),
  'export:csv': ({ language }) => exporter.csv(language),
  'export:xlsx': ({ language }) => exporter.xlsx(language),
  'export:json': () => exporter.json(),
});
