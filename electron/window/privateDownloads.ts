import type { DownloadItem, Session } from 'electron';
import { chmod } from 'node:fs/promises';

type SetMode = (path: string, mode: number) => Promise<void>;

/**
 * Everything the app saves through a download holds personal data: a hand-over archive (the
 * whole data folder), a person's exported records, a charter. Once saved, the file is made
 * readable by its owner only, like the files in the data folder. Best effort: a FAT stick or
 * Windows has no such modes, and the file is saved either way.
 */
export function makeDownloadsPrivate(session: Pick<Session, 'on'>, setMode: SetMode = chmod): void {
  session.on('will-download', (_event, item: DownloadItem) => {
    item.once('done', (_doneEvent, state) => {
      const path = item.getSavePath();
      if (state !== 'completed' || !path) return;
      void setMode(path, 0o600).catch(() => undefined);
    });
  });
}
