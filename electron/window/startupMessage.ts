import type { UiLocale } from '../../shared/domain/settings';
import { shellText } from '../../shared/i18n/shell';

/**
 * The message for a start-up that failed before any window could show one, chosen by the
 * system's error code (which startBackendWorker carries across from the backend's thread).
 */
export function describeStartupFailure(error: unknown, dataDir: string, locale: UiLocale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return shellText(locale, 'diskFull', { dir: dataDir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOENT') {
    return shellText(locale, 'cannotWrite', { dir: dataDir });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return shellText(locale, 'unexpected', { dir: dataDir, detail: detail.slice(0, 300) });
}
