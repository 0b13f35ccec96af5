import { AppFailure } from '../../../shared/ipc/errors';

/** The file system refuses writes here: permissions, or a read-only medium. */
export function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** The disk (or the user's quota) has no room left. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Maps a file-system error on write to a typed failure the UI can explain. */
export function toWriteFailure(error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure('DISK_FULL', 'The disk is full; the change was not saved');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppFailure(
        'PERMISSION_DENIED',
        'The data folder cannot be written; the change was not saved',
      );
    default:
      return new AppFailure(
        'WRITE_FAILED',
        `The change could not be saved: ${(error as Error)?.message ?? code}`,
      );
  }
}
