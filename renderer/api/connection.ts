/**
 * Browser mode's link to its host, as the page sees it. `lost`: the host does not answer
 * (stopped, or restarting). `refused`: it answers but does not know this tab (a bookmark, or a
 * restart that forgot the tab): a fresh one-time code is needed.
 */
export type ConnectionState = 'connected' | 'lost' | 'refused';

let state: ConnectionState = 'connected';
const listeners = new Set<(state: ConnectionState) => void>();

export const connection = {
  get: () => state,
  set(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener(next));
  },
  subscribe(listener: (state: ConnectionState) => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
