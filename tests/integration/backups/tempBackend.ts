import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/core/backend';
import type { Timers } from '../../../electron/core/store/backupScheduler';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/errors';

/** Timers that never fire unless the test says so. */
export function manualTimers() {
  const pending = new Map<number, () => void>();
  let seq = 0;
  const timers: Timers = {
    set: (run) => {
      pending.set(++seq, run);
      return seq;
    },
    clear: (id) => void pending.delete(id as number),
  };
  return {
    timers,
    runAll() {
      const all = [...pending.values()];
      pending.clear();
      all.forEach((run) => run());
    },
  };
}

/** A clock the test moves forward; every call also moves it by one millisecond. */
export function steppingClock(start = '2026-11-20T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t++),
    advance: (ms: number) => void (t += ms),
  };
}

export async function tempDir(prefix = 'twinning-safety-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function openBackend(dataDir: string, extra: Partial<BackendOptions> = {}): Promise<Backend> {
  return createBackend({
    dataDir,
    transport: 'browser',
    appVersion: '0.0.0-test',
    log: { error: () => undefined },
    ...extra,
  });
}

/** Calls a channel and returns its data, failing the test with the typed error otherwise. */
export async function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data as Output<C>;
}

export async function callError(backend: Backend, channel: Channel, input: unknown): Promise<AppError> {
  const result = await backend.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

export const municipality = (name: string) => ({
  name,
  country: 'RO',
  region: '',
  population: 1000,
  languages: ['ro'],
  coordinates: null,
});

export const member = (name: string, email = '') => ({
  name,
  role: 'member' as const,
  email,
  phone: '',
  termStart: null,
  termEnd: null,
});
