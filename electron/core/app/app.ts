import type { AppStatus } from '../../../shared/domain/appStatus';
import { AppFailure } from '../../../shared/ipc/errors';
import type { Journal } from '../store/journal';
import { writeFreshStore } from '../store/openStore';
import { emptyStore, CURRENT_SCHEMA_VERSION, type StoreData } from '../store/schema';
import { Store } from '../store/store';
import { toWriteFailure } from '../store/writeErrors';
import type { StatusInfo, StoreState } from '../context';

const RECOVERABLE_BY_STARTING_EMPTY = new Set(['EMPTY', 'NOT_JSON', 'INVALID']);

export function appService(
  state: StoreState,
  info: StatusInfo,
  makeStore: (data: StoreData, journal: Journal | null) => Store,
  /** Opens the data folder again (after a damaged journal was set aside). */
  reopen: () => Promise<void>,
  now: () => Date,
  /** Takes over the lock the secretary was shown; false when it is not one she may take. */
  takeOverLock: () => Promise<boolean> = () => Promise.resolve(false),
  /** True when the store opened read-only because the disk was full at start-up. */
  diskWasFull: () => boolean = () => false,
) {
  const status = (): AppStatus => ({
    ...info,
    state: state.store ? 'ready' : 'recovery',
    readOnly: state.store?.readOnly ?? true,
    ...(state.store?.readOnly && diskWasFull() ? { readOnlyReason: 'diskFull' as const } : {}),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    problem: state.problem,
  });

  return {
    status,

    /**
     * After a damaged file was moved aside, begin again with an empty store; after a damaged
     * journal was set aside, go on with the changes saved before the damage.
     */
    async startEmpty(): Promise<AppStatus> {
      const problem = state.problem;
      if (!state.store && problem?.code === 'JOURNAL_DAMAGED') {
        await reopen();
        return status();
      }
      if (
        state.store ||
        !problem ||
        problem.movedTo === null ||
        !RECOVERABLE_BY_STARTING_EMPTY.has(problem.code)
      ) {
        throw new AppFailure(
          'STORE_UNAVAILABLE',
          'Starting with an empty store is not possible in this state',
        );
      }
      const data = emptyStore(now());
      // A full disk here must read as DISK_FULL, like any other save, not as a crash.
      const journal = await writeFreshStore(info.dataDir, data).catch((error: unknown) => {
        throw toWriteFailure(error);
      });
      state.store = makeStore(data, journal);
      state.problem = null;
      return status();
    },

    /** A lock whose process may be gone (a crash before a reboot, another computer): take it. */
    async takeOverLock(): Promise<AppStatus> {
      if (state.store || state.problem?.code !== 'LOCKED' || !(await takeOverLock())) {
        throw new AppFailure('STORE_UNAVAILABLE', 'The data folder is in use and cannot be taken over');
      }
      return status();
    },
  };
}
export type AppService = ReturnType<typeof appService>;
