import { mkdir } from 'node:fs/promises';
import type { Store } from '../store/store';
import { Mirror } from './mirror';
import { loadMirror, saveMirror } from './mirrorFile';
import { memoryDatabase } from './pouch';
import type { SyncSession } from './session';
import type { SyncFiles } from './syncFiles';

export interface MirrorHost {
  /** The mirror if it is open now. */
  current(): Mirror | null;
  /** Opens the mirror once (loaded from its file, its change feed on, reconciled with the store). */
  open(): Promise<Mirror>;
  /** Saves the mirror a moment after a change, once for a burst of them. */
  saveSoon(): void;
  /** Saves the mirror and the state now. */
  save(): Promise<void>;
  writeState(): Promise<void>;
  /** The data was replaced: the mirror is dropped, and reconciled with the new data when next opened. */
  drop(): void;
  close(): Promise<void>;
}

export interface MirrorHostOptions {
  store: () => Store;
  files: SyncFiles;
  session: SyncSession;
  log: { error(message: string, error?: unknown): void };
  saveDelayMs?: number;
  /** Replication (or a file) wrote into the mirror: conflicts and what is pending may have changed. */
  onChange?: () => void;
}

/** The local mirror's life: opened once, saved to `mirror.json` after changes, closed with the backend. */
export function mirrorHost({
  store,
  files,
  session,
  log,
  saveDelayMs,
  onChange,
}: MirrorHostOptions): MirrorHost {
  let mirror: Mirror | null = null;
  let opening: Promise<Mirror> | null = null;
  let feedCancel: (() => void) | null = null;
  let saveTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const writeState = () =>
    files.writeState({
      lastSyncedAt: session.lastSyncedAt,
      running: session.wanted,
      reachedUrl: session.reachedUrl,
    });

  const save = async () => {
    if (!mirror) return;
    await mirror.idle();
    await mkdir(files.folder, { recursive: true });
    await saveMirror(mirror.db, files.mirrorFile);
    await writeState();
  };

  const saveSoon = () => {
    if (saveTimer || closed) return;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void save().catch((e: unknown) => log.error('Saving the sync mirror failed', e));
    }, saveDelayMs ?? 2000);
    saveTimer.unref();
  };

  const open = (): Promise<Mirror> => {
    if (mirror) return Promise.resolve(mirror);
    opening ??= (async () => {
      const db = memoryDatabase('mirror');
      await loadMirror(db, files.mirrorFile);
      session.lastSyncedAt ??= (await files.readState()).lastSyncedAt;
      const opened = new Mirror(db, store, (e) => log.error('Sync could not apply a change', e));
      const feed = db.changes({ live: true, since: 'now' });
      feed.on('change', (change) => {
        opened.changed([change.id]);
        saveSoon();
        onChange?.();
      });
      feed.on('error', (e) => log.error('The mirror change feed stopped', e));
      feedCancel = () => feed.cancel();
      await opened.reconcile(store().data);
      mirror = opened;
      return opened;
    })().finally(() => {
      opening = null;
    });
    return opening;
  };

  return {
    current: () => mirror,
    open,
    saveSoon,
    save,
    writeState,
    drop() {
      const old = mirror;
      mirror = null;
      feedCancel?.();
      feedCancel = null;
      if (old) void old.idle().then(() => old.db.destroy());
    },
    async close() {
      closed = true;
      if (saveTimer) clearTimeout(saveTimer);
      if (mirror) {
        await save().catch((e: unknown) => log.error('Saving the sync mirror failed', e));
        feedCancel?.();
        await mirror.db.destroy();
        mirror = null;
      }
    },
  };
}
