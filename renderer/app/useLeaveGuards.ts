import { useEffect } from 'react';
import { onCloseRequest } from '../api/shellBridge';
import { flushPending, holdUnload, prepareToLeave } from './pendingChanges';

/**
 * Nothing typed is lost when the page goes away. Desktop: the shell asks before closing,
 * quitting or reloading (electron/window/closeGuard.ts). Both: beforeunload saves what saves
 * by itself and holds the unload for unsaved forms; pagehide (a tab closed without the prompt,
 * a mobile browser, bfcache) flushes again.
 */
export function useLeaveGuards(): void {
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!holdUnload()) return;
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    const pageHide = () => void flushPending();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    const stopAnswering = onCloseRequest(prepareToLeave);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      stopAnswering();
    };
  }, []);
}
