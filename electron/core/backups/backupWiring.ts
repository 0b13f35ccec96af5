import type { AppStatus } from '../../../shared/domain/appStatus';
import type { Logger } from '../dispatch';
import { listBackups } from '../store/backups';
import { BackupScheduler, realTimers, type Timers } from '../store/backupScheduler';
import type { Journal } from '../store/journal';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import { backupService, type BackupService } from './backups';
import type { StoreState } from '../context';
import { oneAtATime } from '../oneAtATime';
import type { StoreHost } from './storeSwap';

export interface BackupWiringOptions {
  state: StoreState;
  dataDir: string;
  now(): Date;
  timers?: Timers;
  makeStore(data: StoreData, journal: Journal): Store;
  announce(data: StoreData): void;
  status(): AppStatus;
  log: Logger;
}

export interface BackupWiring {
  host: StoreHost;
  service: BackupService;
  scheduler: BackupScheduler;
}

/** The backup service plus its timer; the backend calls scheduler.changed() on every write. */
export async function wireBackups(options: BackupWiringOptions): Promise<BackupWiring> {
  const host: StoreHost = {
    state: options.state,
    dataDir: options.dataDir,
    now: options.now,
    makeStore: options.makeStore,
    announce: options.announce,
    copies: oneAtATime(),
  };
  const service = backupService(host, options.status);
  const newestPeriodic = (await listBackups(options.dataDir)).find((b) => b.reason === 'periodic');
  const scheduler = new BackupScheduler({
    now: options.now,
    timers: options.timers ?? realTimers,
    lastSnapshotAt: newestPeriodic?.createdAt ?? null,
    snapshot: () => service.periodic(),
    onError: (error) => options.log.error('Periodic backup failed', error),
  });
  return { host, service, scheduler };
}
