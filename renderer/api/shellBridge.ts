import type { CloseReport, ShellBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    shell?: ShellBridge;
  }
}

/** Desktop only: answers the shell's "may I close?" (a no-op in browser mode). */
export function onCloseRequest(answer: () => Promise<CloseReport>): () => void {
  return window.shell?.onCloseRequest(answer) ?? (() => undefined);
}
