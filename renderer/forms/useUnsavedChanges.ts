import { useCallback, useEffect, useRef } from 'react';
import { registerPending } from '../app/pendingChanges';

/**
 * The saving model of every form (docs/ARCHITECTURE.md, "One way of saving"): a form with
 * required fields is saved on purpose, and while it holds changes it says so here, under its
 * translated name. The layout's one leave guard then asks before the screen is left, and
 * closing the window or tab, quitting or reloading asks too (renderer/app/useLeaveGuards.ts).
 * `leave()` is called when the form is left on purpose (saved, or Cancel): nothing to ask then.
 */
export function useUnsavedChanges(dirty: boolean, name: string): { leave(): void } {
  const leaving = useRef(false);
  useEffect(() => {
    if (!dirty) {
      leaving.current = false;
      return;
    }
    return registerPending({ unsaved: () => (leaving.current ? null : name) });
  }, [dirty, name]);
  const leave = useCallback(() => {
    leaving.current = true;
  }, []);
  return { leave };
}

/** Whether `values` differ from what they were when the form (or dialog) opened. */
export function useChangedSinceOpened(values: unknown): boolean {
  const opened = useRef<string | null>(null);
  const now = JSON.stringify(values);
  opened.current ??= now;
  return now !== opened.current;
}
