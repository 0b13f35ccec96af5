import { z } from 'zod';
import {
  ExportFile,
  ImportCommitInput,
  ImportPreview,
  ImportPreviewInput,
  ImportResult,
} from '../../domain/importPreview';
import { none } from './app';

/** Import of partnerships from CSV (preview, then commit), and export as CSV or JSON text. */
export const transferChannels = {
  'import:preview': { input: ImportPreviewInput, output: ImportPreview },
  'import:commit': { input: ImportCommitInput, output: ImportResult },
  'export:csv': { input: none, output: ExportFile },
  'export:json': { input: none, output: ExportFile },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
