import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../../../shared/domain/appStatus';

const electron = vi.hoisted(() => {
  const state = {
    errors: [] as { title: string; message: string }[],
    boxes: [] as { detail: string; buttons: string[] }[],
    answer: 0,
  };
  const dialog = {
    showErrorBox: (title: string, message: string) => void state.errors.push({ title, message }),
    showMessageBox: (options: { detail: string; buttons: string[] }) => {
      state.boxes.push(options);
      return Promise.resolve({ response: state.answer });
    },
  };
  return { state, dialog };
});
vi.mock('electron', () => ({ dialog: electron.dialog }));

const { describeStartupFailure, resolveLockedStart, showStartupFailure } =
  await import('../../../electron/window/startup');

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

function lockedStatus(hold: 'held' | 'uncertain' | 'otherMachine'): AppStatus {
  return {
    state: 'recovery',
    readOnly: true,
    dataDir: '/home/ana/Twinning Desk',
    schemaVersion: 5,
    appVersion: '1.0.0',
    transport: 'desktop',
    problem: {
      code: 'LOCKED',
      movedTo: null,
      detail: 'in use',
      foundVersion: null,
      lock: { pid: 4242, host: 'office-pc', since: '2026-12-01T09:00:00.000Z', hold },
    },
  };
}

function backendAnswering(ok: boolean) {
  const calls: unknown[] = [];
  return {
    calls,
    backend: {
      dispatch: (channel: unknown) => (
        calls.push(channel),
        Promise.resolve(
          ok ? { ok: true, data: {} } : { ok: false, error: { code: 'STORE_UNAVAILABLE', message: '' } },
        )
      ),
    } as never,
  };
}

beforeEach(() => {
  electron.state.errors.length = 0;
  electron.state.boxes.length = 0;
  electron.state.answer = 0;
});

describe('a start-up that fails', () => {
  it('names a full disk and what to do, in Romanian when the system speaks Romanian', () => {
    showStartupFailure(errno('ENOSPC'), '/media/stick/date', 'ro');
    expect(electron.state.errors).toEqual([
      {
        title: 'Twinning Desk nu poate porni',
        message: expect.stringMatching(
          /^Discul pe care se află dosarul de date \/media\/stick\/date este plin\. Eliberați/,
        ),
      },
    ]);
  });

  it('tells a folder that cannot be written from an unexpected failure, which carries its detail', () => {
    expect(describeStartupFailure(errno('EROFS'), '/mnt/ro', 'en')).toContain('not write-protected');
    expect(describeStartupFailure(new Error('zlib exploded'), '/d', 'fr')).toMatch(
      /ordinateur\u00a0: zlib exploded$/,
    );
  });
});

describe('a data folder locked at start-up', () => {
  it('shows a lock whose process runs here and does not offer to take it', async () => {
    const { backend, calls } = backendAnswering(true);
    expect(await resolveLockedStart(backend, lockedStatus('held'), 'en')).toBe(false);
    expect(electron.state.errors[0]?.message).toContain('process 4242');
    expect(electron.state.boxes).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('offers to take over a lock that may be left by a crash, and takes it when she agrees', async () => {
    const { backend, calls } = backendAnswering(true);
    electron.state.answer = 1;
    expect(await resolveLockedStart(backend, lockedStatus('uncertain'), 'en')).toBe(true);
    expect(electron.state.boxes[0]?.buttons).toEqual(['Quit', 'Take over the data folder']);
    expect(electron.state.boxes[0]?.detail).toContain('left over from a crash');
    expect(calls).toEqual(['store:takeOverLock']);
  });

  it('quits without touching the lock when she chooses Quit', async () => {
    const { backend, calls } = backendAnswering(true);
    expect(await resolveLockedStart(backend, lockedStatus('otherMachine'), 'de')).toBe(false);
    expect(electron.state.boxes[0]?.detail).toContain('office-pc');
    expect(calls).toEqual([]);
  });
});
