import type { PartnershipExportService } from './partnershipExport';
import type { PartnershipImportService } from './partnershipImport';
import type { LongTasks } from '../tasks/longTasks';
import type { HandlerMap } from '../handlerTypes';

export const transferHandlers = (
  importer: PartnershipImportService,
  exporter: PartnershipExportService,
  tasks: LongTasks,
): HandlerMap<'import:preview' | 'import:commit' | 'export:csv' | 'export:xlsx' | 'export:json'> => ({
  'import:preview': ({ taskId, ...input }) => tasks.run(taskId, (steps) => importer.preview(input, steps)),
  'import:commit': ({ taskId, ...input }) => tasks.run(taskId, (steps) => importer.commit(input, steps)),
  'export:csv': ({ language }) => exporter.csv(language),
  'export:xlsx': ({ language }) => exporter.xlsx(language),
  'export:json': () => exporter.json(),
});
