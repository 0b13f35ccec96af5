import type { z } from 'zod';
import {
  HandoverArchive,
  HandoverExportRequest,
  HandoverImportRequest,
  HandoverImportResult,
  HandoverInspection,
} from '../../domain/handover';

/** Hand-over of the whole data folder to a successor, as one checked archive. */
export const handoverChannels = {
  'handover:export': { input: HandoverExportRequest, output: HandoverArchive },
  /** Checks a hand-over file and says whose records it holds; writes nothing. */
  'handover:inspect': { input: HandoverImportRequest, output: HandoverInspection },
  'handover:import': { input: HandoverImportRequest, output: HandoverImportResult },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
