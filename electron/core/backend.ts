import { randomUUID } from 'node:crypto';
import type { AppStatus } from '../../shared/domain/appStatus';
import { createDispatch, type Dispatch, type Logger } from './dispatch';
import { EventHub } from './events';
import { agreementHandlers } from './handlers/agreements';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backups';
import { handoverHandlers } from './handlers/handover';
import { privacyHandlers } from './handlers/privacy';
import { committeeHandlers } from './handlers/committee';
import { partnershipHandlers } from './handlers/partnerships';
import { placesHandlers } from './handlers/places';
import { settingsHandlers } from './handlers/settings';
import type { Handlers } from './handlers/types';
import { attachmentStore } from './attachments/attachmentStore';
import { sweepUnreferenced } from './attachments/sweep';
import { agreementImages } from './services/agreementImages';
import { agreementService } from './services/agreements';
import { appService } from './services/app';
import { wireBackups } from './services/backupWiring';
import { handoverService } from './services/handover';
import { privacyService } from './services/privacy';
import { committeeService } from './services/committee';
import { requireStore, type ServiceContext, type StoreState } from './services/context';
import { dashboardService } from './services/dashboard';
import { discoveryAndTransferHandlers } from './services/discoveryWiring';
import { snapshotCurrent } from './services/storeSwap';
import { partnershipPartsService } from './services/partnershipParts';
import { partnershipService } from './services/partnerships';
import { placesService } from './services/places';
import { settingsService } from './services/settings';
import { lazyGazetteer } from './data/places/gazetteer';
import { findPlacesDir } from './data/placesDir';
import { acquireLock, StoreLockedError, type Lock } from './store/lockFile';
import type { Timers } from './store/backupScheduler';
import { openStore, STORE_FILE } from './store/openStore';
import type { StoreData } from './store/schema';
import { Store } from './store/store';
import { isPermissionError } from './store/writeErrors';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface BackendOptions {
  dataDir: string;
  transport: AppStatus['transport'];
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  log?: Logger;
  /** Timers for periodic backups; tests pass fake ones. */
  timers?: Timers;
  /** The gazetteer folder (resources/data/places); found next to the app when not given. */
  placesDir?: string;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventHub;
  status(): AppStatus;
  close(): Promise<void>;
}

const consoleLog: Logger = { error: (message, error) => console.error(message, error) };

/** Opens the data folder and wires services and handlers; runs in plain Node. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? consoleLog;
  const events = new EventHub();
  const state: StoreState = { store: null, problem: null };
  let lock: Lock | null = null;
  let storeChanged = (): void => undefined;

  const makeStore = (data: StoreData, readOnly = false) =>
    new Store({
      path: join(options.dataDir, STORE_FILE),
      data,
      readOnly,
      onChange: (next) => {
        events.emit('store:changed', { revision: next.revision });
        storeChanged();
      },
    });

  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  // A folder where not even the lock file can be made (a write-protected stick) opens read-only.
  let lockRefused = false;
  try {
    lock = await acquireLock(options.dataDir, now);
  } catch (error) {
    if (isPermissionError(error)) lockRefused = true;
    else if (!(error instanceof StoreLockedError)) throw error;
    else state.problem = { code: 'LOCKED', movedTo: null, detail: error.message, foundVersion: null };
  }
  if (lock || lockRefused) {
    const opened = await openStore(options.dataDir, now, { readOnly: lockRefused });
    if (opened.kind === 'ready') state.store = makeStore(opened.data, opened.readOnly);
    else state.problem = opened.problem;
  }

  const ctx: ServiceContext = { store: () => requireStore(state), now, newId: options.newId ?? randomUUID };
  const app = appService(
    state,
    { dataDir: options.dataDir, appVersion: options.appVersion, transport: options.transport },
    (data) => makeStore(data),
  );
  const backups = await wireBackups({
    state,
    dataDir: options.dataDir,
    now,
    timers: options.timers,
    makeStore: (data) => makeStore(data),
    announce: (data) => events.emit('store:changed', { revision: data.revision }),
    status: app.status,
    log,
  });
  storeChanged = () => backups.scheduler.changed();
  const partnerships = partnershipService(ctx);
  const places = lazyGazetteer(options.placesDir ?? findPlacesDir());
  const handlers: Handlers = {
    ...appHandlers(app),
    ...settingsHandlers(settingsService(ctx)),
    ...committeeHandlers(committeeService(ctx)),
    ...placesHandlers(placesService(places)),
    ...partnershipHandlers(partnerships, partnershipPartsService(ctx), dashboardService(ctx)),
    ...discoveryAndTransferHandlers({
      ctx,
      places,
      partnerships,
      snapshot: () => snapshotCurrent(backups.host, 'import'),
    }),
    ...backupHandlers(backups.service),
    ...handoverHandlers(handoverService(backups.host, options.appVersion)),
    ...privacyHandlers(privacyService(ctx, options.dataDir)),
    ...agreementHandlers(agreementService(ctx, agreementImages(attachmentStore(options.dataDir)))),
  };

  // Once per start and in the background: files an edit left unreferenced.
  const sweeping =
    state.store && !state.store.readOnly
      ? sweepUnreferenced(options.dataDir, now()).catch((error: unknown) =>
          log.error('Attachment sweep failed', error),
        )
      : Promise.resolve();

  return {
    dispatch: createDispatch(handlers, log),
    events,
    status: app.status,
    async close() {
      await sweeping;
      await backups.scheduler.stop();
      await state.store?.flush();
      await lock?.release();
      lock = null;
    },
  };
}
