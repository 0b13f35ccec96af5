import { randomUUID } from 'node:crypto';
import type { AppStatus } from '../../shared/domain/appStatus';
import { createDispatch, type Dispatch, type Logger } from './dispatch';
import { EventHub } from './events';
import { activityHandlers } from './activities/handlers';
import { agreementHandlers } from './agreements/handlers';
import { appHandlers } from './app/handlers';
import { backupHandlers } from './backups/handlers';
import { handoverHandlers } from './handover/handlers';
import { privacyHandlers } from './privacy/handlers';
import { findHandlers } from './find/handlers';
import { committeeHandlers } from './committee/handlers';
import { documentHandlers } from './documents/handlers';
import { moneyHandlers } from './money/handlers';
import { documentPipeline } from './documents/pipeline';
import { participantHandlers } from './participants/handlers';
import { partnershipHandlers } from './registry/handlers';
import { placesHandlers } from './discovery/placesHandlers';
import { planningHandlers } from './planning/handlers';
import { settingsHandlers } from './committee/settingsHandlers';
import type { Handlers } from './handlerTypes';
import { attachmentStore } from './attachments/attachmentStore';
import { activityService } from './activities/activities';
import { activityDocuments } from './activities/activityDocuments';
import { activityRemoval } from './activities/activityRemoval';
import { hostDocuments } from './hosts/hostDocuments';
import { hostService } from './hosts/hosts';
import { householdService } from './hosts/households';
import { hostHandlers } from './hosts/handlers';
import { organisationService } from './activities/organisations';
import { participantDocuments } from './participants/participantDocuments';
import { participantRetention } from './participants/participantRetention';
import { participantService } from './participants/participants';
import { participantTransfer } from './participants/participantTransfer';
import { agreementImages } from './agreements/agreementImages';
import { agreementService } from './agreements/agreements';
import { appService } from './app/app';
import { wireBackups } from './backups/backupWiring';
import { handoverService } from './handover/handover';
import { LongTasks } from './tasks/longTasks';
import { privacyService } from './privacy/privacy';
import { runStartupChores } from './app/startupChores';
import { findService } from './find/findAnything';
import { committeeService } from './committee/committee';
import { requireStore, type ServiceContext, type StoreState } from './context';
import { dashboardService } from './registry/dashboard';
import { moneyBudgetService } from './money/moneyBudget';
import { moneyLedgerService } from './money/moneyLedger';
import { moneyRatesService } from './money/moneyRates';
import { moneyCategoriesService } from './money/moneyCategories';
import { moneyReportsService } from './money/moneyReports';
import { discoveryAndTransferHandlers } from './discovery/discoveryWiring';
import { snapshotCurrent } from './backups/storeSwap';
import { partnershipPartsService } from './registry/partnershipParts';
import { partnershipService } from './registry/partnerships';
import { placesService } from './discovery/places';
import { annualReportService } from './documents/annualReport';
import { meetingDocuments } from './planning/meetingDocuments';
import { meetingService } from './planning/meetings';
import { planService } from './planning/plans';
import { taskService } from './planning/tasks';
import { teamCalendar } from './planning/teamCalendar';
import { timelineService } from './planning/timeline';
import { timelineDocument } from './planning/timelineDocument';
import { settingsService } from './committee/settings';
import { carryViews } from './registry/partnershipIndex';
import type { SampleHooks } from './sample/withSample';
import { lazyGazetteer } from './data/places/gazetteer';
import { findPlacesDir } from './data/placesDir';
import { findFundingDir, readFundingData, type FundingData } from './data/funding/readFundingData';
import { fundingHandlers } from './funding/handlers';
import { fundingPackHandlers } from './funding/packHandlers';
import { fundingReporting } from './funding/fundingReporting';
import { fundingApplications } from './funding/fundingApplications';
import { fundingDocuments } from './funding/fundingDocuments';
import { fundingIncome } from './funding/fundingIncome';
import { fundingProgrammes } from './funding/fundingProgrammes';
import { makeDataDir } from './paths';
import { acquireLock, StoreLockedError, type Lock, type LockOwner } from './store/lockFile';
import type { Timers } from './store/backupScheduler';
import type { Journal } from './store/journal';
import { openStore, STORE_FILE, writeFreshStore } from './store/openStore';
import type { StoreData } from './store/schema';
import { Store } from './store/store';
import { isDiskFull, isPermissionError } from './store/writeErrors';
import { join } from 'node:path';
import { syncHandlers } from './sync/handlers';
import { syncFileHandlers } from './sync/fileHandlers';
import type { HostGuard } from './sync/connection';
import type { SecretStore } from './sync/secrets';
import { syncService, type SyncService } from './sync/syncService';

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
  /** The shipped funding programmes (resources/data/funding); tests point it elsewhere. */
  fundingDir?: string;
  /** The session's switch to and from the sample committee (sample/withSample.ts). */
  sample?: SampleHooks;
  /** True for the sample committee's own backend: its status says so. */
  isSample?: boolean;
  /** Which servers sync may reach (every one in the app; tests allow loopback only). */
  syncHosts?: HostGuard;
  /** The OS's secret store for the sync password (the desktop shell's safeStorage); none in browser mode. */
  secrets?: SecretStore;
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
  let sync: SyncService | null = null;
  // A restore, a hand-over or a reopened store: every slice reloads.
  const announceAll = (data: StoreData) => {
    sync?.replaced();
    events.emit('store:changed', { revision: data.revision, changes: [], reset: true });
  };

  const newId = options.newId ?? randomUUID;
  const makeStore = (data: StoreData, journal: Journal | null, readOnly = false) =>
    new Store({
      path: join(options.dataDir, STORE_FILE),
      data,
      readOnly,
      journal,
      openJournal: (current) => writeFreshStore(options.dataDir, current),
      now,
      newId,
      onCommit: (before, after, changes) => {
        carryViews(before, after, changes);
        sync?.committed(after, changes);
        events.emit('store:changed', { revision: after.revision, changes, reset: false });
        storeChanged();
      },
      onCompactError: (error) => log.error('Compacting the journal failed; it keeps every change', error),
      guard: (changes) => sync?.guard(changes),
    });
  const open = async (readOnly: boolean) => {
    const opened = await openStore(options.dataDir, now, { readOnly });
    if (opened.kind === 'ready') {
      state.store = makeStore(opened.data, opened.journal, opened.readOnly);
      state.problem = null;
    } else state.problem = opened.problem;
  };

  await makeDataDir(options.dataDir);
  let lockedBy: LockOwner | null = null;
  let diskWasFull = false;
  /** Takes the lock (or, agreed by the secretary, the one she was shown) and opens the store. */
  const openLocked = async (takeOver?: LockOwner): Promise<void> => {
    // A folder where not even the lock file can be made (a write-protected stick, a full
    // disk) opens read-only: she can still read and print what she has.
    let lockRefused = false;
    try {
      lock = await acquireLock(options.dataDir, now, { takeOver });
    } catch (error) {
      if (isPermissionError(error) || isDiskFull(error)) {
        lockRefused = true;
        diskWasFull = isDiskFull(error);
      } else if (!(error instanceof StoreLockedError)) throw error;
      else {
        lockedBy = error.owner;
        state.problem = {
          code: 'LOCKED',
          movedTo: null,
          detail: error.message,
          foundVersion: null,
          ...(error.owner
            ? {
                lock: {
                  pid: error.owner.pid,
                  host: error.owner.host,
                  since: error.owner.since,
                  hold: error.hold,
                },
              }
            : {}),
        };
      }
    }
    if (lock || lockRefused) {
      lockedBy = null;
      state.problem = null;
      await open(lockRefused);
    }
  };
  await openLocked();

  const ctx: ServiceContext = { store: () => requireStore(state), now, newId };
  const app = appService(
    state,
    {
      dataDir: options.dataDir,
      appVersion: options.appVersion,
      transport: options.transport,
      ...(options.isSample ? { sample: true as const } : {}),
    },
    (data, journal) => makeStore(data, journal),
    async () => {
      await open(false);
      if (state.store) announceAll(state.store.data);
    },
    now,
    async () => {
      if (!lockedBy || state.problem?.lock?.hold === 'held') return false;
      await openLocked(lockedBy);
      return lock !== null;
    },
    () => diskWasFull,
  );
  const backups = await wireBackups({
    state,
    dataDir: options.dataDir,
    now,
    timers: options.timers,
    makeStore: (data, journal) => makeStore(data, journal),
    announce: (data) => announceAll(data),
    status: app.status,
    log,
  });
  storeChanged = () => backups.scheduler.changed();
  sync = syncService({
    store: ctx.store,
    dataDir: options.dataDir,
    now,
    allowHost: options.syncHosts ?? (() => true),
    log,
    onStatus: (status) => events.emit('sync:changed', status),
    secrets: options.secrets ?? null,
    ...(options.isSample ? { disabled: true } : {}),
  });
  const partnerships = partnershipService(ctx);
  const places = lazyGazetteer(options.placesDir ?? findPlacesDir());
  const attachments = attachmentStore(options.dataDir);
  const agreements = agreementService(ctx, agreementImages(attachments));
  const moneyReports = moneyReportsService(ctx);
  const tasks = taskService(ctx);
  const meetingDocs = meetingDocuments(ctx);
  const privacy = privacyService(ctx, options.dataDir, backups.host.copies);
  const people = participantDocuments(ctx);
  let fundingData: FundingData | null = null;
  const programmes = fundingProgrammes(
    ctx,
    () => (fundingData ??= readFundingData(options.fundingDir ?? findFundingDir())),
  );
  const applications = fundingApplications(ctx, programmes, (name) => attachments.exists(name));
  const longTasks = new LongTasks(events);
  const reporting = fundingReporting(ctx, programmes);
  const timeline = timelineService(ctx, applications);
  const handlers: Handlers = {
    ...appHandlers(app, options.sample),
    ...settingsHandlers(settingsService(ctx)),
    ...committeeHandlers(committeeService(ctx)),
    ...placesHandlers(placesService(places)),
    ...partnershipHandlers(partnerships, partnershipPartsService(ctx), dashboardService(ctx)),
    ...discoveryAndTransferHandlers({
      ctx,
      places,
      partnerships,
      snapshot: () => snapshotCurrent(backups.host, 'import'),
      tasks: longTasks,
    }),
    ...backupHandlers(backups.service),
    ...handoverHandlers(handoverService(backups.host, options.appVersion), longTasks),
    // An erasure reaches the server too: what it removed is purged and compacted there.
    ...privacyHandlers({
      ...privacy,
      erase: (refs) => sync.erasing(() => privacy.erase(refs)),
      finishPending: () => sync.erasing(() => privacy.finishPending()),
    }),
    ...findHandlers(findService(ctx)),
    ...agreementHandlers(agreements),
    ...moneyHandlers({
      rates: moneyRatesService(ctx),
      categories: moneyCategoriesService(ctx),
      budget: moneyBudgetService(ctx),
      ledger: moneyLedgerService(ctx, attachments),
      reports: moneyReports,
    }),
    ...activityHandlers(activityService(ctx), activityRemoval(ctx), organisationService(ctx)),
    ...participantHandlers(
      participantService(ctx),
      participantTransfer(ctx, () => snapshotCurrent(backups.host, 'import')),
      participantRetention(ctx),
    ),
    ...hostHandlers(householdService(ctx), hostService(ctx)),
    ...planningHandlers(
      planService(ctx),
      tasks,
      meetingService(ctx, tasks),
      teamCalendar(ctx, () => applications.deadlines()),
      timeline,
    ),
    ...fundingHandlers(
      programmes,
      applications,
      fundingIncome(ctx, programmes),
      fundingDocuments(ctx, attachments, programmes, applications),
    ),
    ...syncHandlers(sync),
    ...syncFileHandlers(sync, longTasks),
    ...fundingPackHandlers(reporting, longTasks),
    ...documentHandlers(
      documentPipeline({
        agreement: ({ partnershipId, version }) => agreements.render(partnershipId, version),
        budgetReport: (params) => moneyReports.render(params),
        activityProgramme: ({ activityId, language }) =>
          activityDocuments(ctx).programme(activityId, language),
        participantList: (params) => people.participantList(params),
        invitation: (params) => people.invitation(params),
        hostSheet: ({ activityId, language }) => hostDocuments(ctx).hostSheet(activityId, language),
        welcomeSheets: ({ activityId, language }) => hostDocuments(ctx).welcomeSheets(activityId, language),
        meetingAgenda: ({ meetingId, language }) => meetingDocs.agenda(meetingId, language),
        meetingMinutes: ({ meetingId, language }) => meetingDocs.minutes(meetingId, language),
        'funding-final-report': (params) => reporting.finalReport(params),
        'funding-publication': (params) => reporting.publication(params),
        annualReport: (params) => annualReportService(ctx, moneyReports).render(params),
        timeline: (params) => timelineDocument(ctx, timeline).render(params),
      }),
    ),
  };

  const background =
    state.store && !state.store.readOnly
      ? await runStartupChores({ dataDir: options.dataDir, now, log, privacy })
      : Promise.resolve();
  // Sync left on starts again in the background; the window learns how it goes from its status.
  const resumed =
    state.store && !state.store.readOnly
      ? sync.resume().catch((error: unknown) => log.error('Sync could not start again', error))
      : Promise.resolve();

  return {
    dispatch: createDispatch(handlers, log),
    events,
    status: app.status,
    async close() {
      await background;
      await resumed;
      await sync?.close();
      await backups.scheduler.stop();
      await state.store?.close();
      await lock?.release();
      lock = null;
    },
  };
}
