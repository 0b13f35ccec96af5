import { randomUUID } from 'node:crypto';
import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import { IPC_CLOSE_REPLY, IPC_CLOSE_REQUEST, type CloseReport } from '../../shared/ipc/bridge';
import { isTrustedUrl } from '../window/protocol';

/** Long enough for a save on a slow USB stick; a hung page must not keep the window open. */
export const CLOSE_REPLY_TIMEOUT_MS = 5000;

const waiting = new Map<string, { contents: WebContents; done: (report: CloseReport | null) => void }>();
let listening = false;

function onReply(event: IpcMainEvent, id: unknown, report: unknown): void {
  const entry = typeof id === 'string' ? waiting.get(id) : undefined;
  const frame = event.senderFrame;
  // Only the page that was asked, in its top frame, may answer.
  if (
    !entry ||
    event.sender !== entry.contents ||
    !frame ||
    frame.parent !== null ||
    !isTrustedUrl(frame.url)
  )
    return;
  const unsaved =
    report && typeof report === 'object' && Array.isArray((report as CloseReport).unsaved)
      ? (report as CloseReport).unsaved.filter((x): x is string => typeof x === 'string').slice(0, 20)
      : [];
  entry.done({ unsaved });
}

/**
 * Asks the page to flush its autosaves and report unsaved forms. Null when it did not answer
 * in time (hung, or already gone): the caller then closes, as nothing more can be saved.
 */
export function askPageBeforeClose(
  contents: WebContents,
  timeoutMs = CLOSE_REPLY_TIMEOUT_MS,
): Promise<CloseReport | null> {
  if (!listening) {
    ipcMain.on(IPC_CLOSE_REPLY, onReply);
    listening = true;
  }
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve(null);
  return new Promise((resolve) => {
    const id = randomUUID();
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(report: CloseReport | null): void {
      clearTimeout(timer);
      waiting.delete(id);
      resolve(report);
    }
    waiting.set(id, { contents, done: finish });
    contents.send(IPC_CLOSE_REQUEST, id);
  });
}
