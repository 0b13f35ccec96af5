import { z } from 'zod';
import { Bytes } from './bytes';
import { MAX_DOCUMENT_BYTES } from './channels/documents';

/** The kinds of file the window hands to the shell to save, with the dialog's filter for each. */
export const SAVE_FILTERS = {
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'application/zip': { name: 'ZIP', extensions: ['zip'] },
  /** Sync without a server: the committee's records for another laptop (shared/domain/syncFile.ts). */
  'application/x-twinning-sync': { name: 'Twinning Desk sync', extensions: ['twinsync'] },
} as const;

/**
 * The shell's one "save bytes" capability, outside the core's contract: the desktop asks
 * where through the OS dialog (and may open the file after), browser mode downloads.
 */
export const SaveFileRequest = z
  .object({
    bytes: Bytes(MAX_DOCUMENT_BYTES),
    /** Suggested in the dialog only: the secretary chooses the folder and may change the name. */
    fileName: z.string().min(1).max(255),
    mime: z.enum(Object.keys(SAVE_FILTERS) as [keyof typeof SAVE_FILTERS]),
    open: z.boolean(),
  })
  .strict();
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export type SaveFileResult =
  { outcome: 'saved'; path: string } | { outcome: 'downloaded' } | { outcome: 'cancelled' };
