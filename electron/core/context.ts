import type { AppStatus, StoreProblem } from '../../shared/domain/appStatus';
import { AppFailure } from '../../shared/ipc/errors';
import type { Store } from './store/store';

/** What every service may use: the store (when open), the clock and an id source. */
export interface ServiceContext {
  store(): Store;
  now(): Date;
  newId(): string;
}

export interface StoreState {
  store: Store | null;
  problem: StoreProblem | null;
}

export function requireStore(state: StoreState): Store {
  if (!state.store) {
    throw new AppFailure('STORE_UNAVAILABLE', 'The data could not be opened; see the recovery screen');
  }
  return state.store;
}

export type StatusInfo = Pick<AppStatus, 'dataDir' | 'appVersion' | 'transport' | 'sample'>;
