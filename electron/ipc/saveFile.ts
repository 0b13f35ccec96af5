import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { chmod, writeFile } from 'node:fs/promises';
import { fail, ok, toFieldIssues, type ErrorCode, type Result } from '../../shared/ipc/errors';
import { SAVE_FILTERS, SaveFileRequest, type SaveFileResult } from '../../shared/ipc/shell';

function writeFailure(error: unknown): ErrorCode {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'DISK_FULL';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'PERMISSION_DENIED';
  return 'WRITE_FAILED';
}

/**
 * The desktop's "save bytes" capability: the OS dialog asks where, the file is written
 * readable by its owner only (documents carry personal data) and, when asked, opened in the
 * default viewer. Any document of the core arrives here the same way; nothing is rendered here.
 */
export async function saveFile(sender: WebContents, input: unknown): Promise<Result<SaveFileResult>> {
  const parsed = SaveFileRequest.safeParse(input);
  if (!parsed.success)
    return fail({ code: 'VALIDATION', message: 'Invalid input', issues: toFieldIssues(parsed.error.issues) });
  const { bytes, fileName, mime, open } = parsed.data;

  const window = BrowserWindow.fromWebContents(sender);
  const options = {
    defaultPath: fileName,
    filters: [{ ...SAVE_FILTERS[mime], extensions: [...SAVE_FILTERS[mime].extensions] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ outcome: 'cancelled' });
  try {
    await writeFile(choice.filePath, bytes, { mode: 0o600 });
    // The mode above applies to a new file only; one replaced keeps its own unless told.
    await chmod(choice.filePath, 0o600).catch(() => undefined);
  } catch (error) {
    return fail({
      code: writeFailure(error),
      message: `The file could not be written to ${choice.filePath}`,
    });
  }
  // openPath resolves to an error text rather than throwing; the file is saved either way.
  if (open) await shell.openPath(choice.filePath);
  return ok({ outcome: 'saved', path: choice.filePath });
}
