import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { contract } from '../../shared/ipc/contract';
import { fail, ok, toFieldIssues, type Result } from '../../shared/ipc/errors';
import type { Backend } from '../core/backend';

export const SAVE_AGREEMENT = 'agreement:saveAs';

/**
 * Desktop only: the core renders the PDF, the shell asks where to put it (the OS save
 * dialog), writes it and, when asked, opens it in the default PDF viewer.
 */
export async function saveAgreementAs(
  backend: Backend,
  sender: WebContents,
  input: unknown,
): Promise<Result<unknown>> {
  const parsed = contract[SAVE_AGREEMENT].input.safeParse(input);
  if (!parsed.success)
    return fail({ code: 'VALIDATION', message: 'Invalid input', issues: toFieldIssues(parsed.error.issues) });
  const { partnershipId, version, open } = parsed.data;
  const rendered = await backend.dispatch(
    'agreement:render',
    version === undefined ? { partnershipId } : { partnershipId, version },
  );
  if (!rendered.ok) return rendered;
  const pdf = rendered.data as { base64: string; fileName: string };

  const window = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: pdf.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ savedTo: null });
  try {
    await writeFile(choice.filePath, Buffer.from(pdf.base64, 'base64'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail({
      code:
        code === 'ENOSPC'
          ? 'DISK_FULL'
          : code === 'EACCES' || code === 'EPERM'
            ? 'PERMISSION_DENIED'
            : 'WRITE_FAILED',
      message: `The PDF could not be written to ${choice.filePath}`,
    });
  }
  // openPath resolves to an error text rather than throwing; the file is saved either way.
  if (open) await shell.openPath(choice.filePath);
  return ok({ savedTo: choice.filePath });
}
