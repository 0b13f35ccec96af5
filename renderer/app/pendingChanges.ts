import type { CloseReport } from '../../shared/ipc/bridge';

/**
 * Something on screen that holds typing the core has not stored: an autosave waiting for its
 * pause (it can be flushed) or a form saved only on purpose (it can only be reported).
 */
export interface PendingChange {
  /** Starts saving now, synchronously, so the request leaves even if the page is unloading. */
  flush?: () => Promise<unknown>;
  /** The thing's translated name while it holds changes a flush cannot save; else null. */
  unsaved(): string | null;
}

const pending = new Set<PendingChange>();

/** Registers a pending change for as long as it is mounted; returns the unregistration. */
export function registerPending(change: PendingChange): () => void {
  pending.add(change);
  return () => void pending.delete(change);
}

/** Starts every flush at once (before any await) and waits for all of them. */
export function flushPending(): Promise<void> {
  const started = [...pending].map((change) => change.flush?.());
  return Promise.allSettled(started).then(() => undefined);
}

export function unsavedNames(): string[] {
  return [...pending].map((change) => change.unsaved()).filter((name): name is string => name !== null);
}

/** The desktop close handshake's answer: saved what could be saved, named what could not. */
export async function prepareToLeave(): Promise<CloseReport> {
  await flushPending();
  return { unsaved: [...new Set(unsavedNames())] };
}

/**
 * beforeunload: flushes start (their requests survive the unload) and only changes a flush
 * cannot be trusted to save (a form, a charter whose last save failed) make the browser ask.
 */
export function holdUnload(): boolean {
  // Asked before the flushes start: a retry now of a save that failed may fail again, unseen.
  const hold = unsavedNames().length > 0;
  void flushPending();
  return hold;
}
