import { z } from 'zod';
import {
  BinaryExportFile,
  ExportFile,
  ExportInput,
  ImportCommitInput,
  ImportPreview,
  ImportPreviewInput,
  ImportResult,
} from '../../domain/importPreview';
import { none } from './app';

/** Import of partnerships from CSV (preview, then commit), and export as CSV, XLSX or JSON. */
export const transferChannels = {
  'import:preview': { input: ImportPreviewInput, output: ImportPreview },
  'import:commit': { input: ImportCommitInput, output: ImportResult },
  'export:csv': { input: ExportInput, output: ExportFile },
  'export:xlsx': { input: ExportInput, output: BinaryExportFile },
  'export:json': { input: none, output: ExportFile },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
