import type { EventPayload } from '../../../shared/ipc/events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/core/backend';
import type { Timers } from '../../../electron/core/store/backupScheduler';
import type { Logger } from '../../../electron/core/dispatch';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/ipc/errors';

/**
 * One module of test helpers, each name with one meaning: `call` gives the result value,
 * `must` the data (or fails the test), `callError` the error (or fails the test).
 */
export async function tempDataDir(prefix = 'twinning-int-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** Unexpected errors are collected, not printed, so a test can assert there were none. */
export function quietLog(): Logger & { errors: unknown[] } {
  const errors: unknown[] = [];
  return { errors, error: (_message, error) => void errors.push(error) };
}

export function openBackend(
  dataDir: string,
  log: Logger = quietLog(),
  extra: Partial<BackendOptions> = {},
): Promise<Backend> {
  let tick = 0;
  return createBackend({
    dataDir,
    transport: 'browser',
    appVersion: '0.0.0-test',
    // A fixed clock that moves on, so stamps and file names are predictable but distinct.
    now: () => new Date(Date.UTC(2026, 4, 9, 10, 0, tick++)),
    log,
    ...extra,
  });
}

/** A typed call through the same dispatch both transports use. */
export function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Result<Output<C>>> {
  return backend.dispatch(channel, input) as Promise<Result<Output<C>>>;
}

/** The data, or a failed assertion that shows the error value. */
export async function must<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await call(backend, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** The typed error of a call expected to fail; fails the test if it succeeds. */
export async function callError(backend: Backend, channel: Channel, input: unknown): Promise<AppError> {
  const result = await backend.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** A backend on the real clock and real timers unless the test passes its own. */
export function openBackendWith(dataDir: string, extra: Partial<BackendOptions> = {}): Promise<Backend> {
  return createBackend({
    dataDir,
    transport: 'browser',
    appVersion: '0.0.0-test',
    log: { error: () => undefined },
    ...extra,
  });
}

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

export const municipality = (name: string) => ({
  name,
  country: 'RO',
  region: '',
  population: 1000,
  languages: ['ro'],
  coordinates: null,
});

/** A committee's profile as `committee:save` takes it: an association with nothing but its name. */
export const committee = (name = 'Comitetul de înfrățire Buziaș') => ({
  name,
  legalForm: 'association' as const,
  address: '',
  email: '',
  registrationNumber: '',
});

export const member = (name: string, email = '') => ({
  name,
  role: 'member' as const,
  email,
  phone: '',
  termStart: null,
  termEnd: null,
});

/** Every `task:progress` event the backend sends from now on, in order. */
export function progressOf(backend: Backend): EventPayload<'task:progress'>[] {
  const seen: EventPayload<'task:progress'>[] = [];
  backend.events.subscribe((event, payload) => {
    if (event === 'task:progress') seen.push(payload as EventPayload<'task:progress'>);
  });
  return seen;
}
