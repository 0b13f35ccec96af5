import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { Logger } from '../../../electron/core/dispatch';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/errors';

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'twinning-int-'));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** Unexpected errors are collected, not printed, so a test can assert there were none. */
export function quietLog(): Logger & { errors: unknown[] } {
  const errors: unknown[] = [];
  return { errors, error: (_message, error) => void errors.push(error) };
}

export function openBackend(dataDir: string, log: Logger = quietLog()): Promise<Backend> {
  let tick = 0;
  return createBackend({
    dataDir,
    transport: 'browser',
    appVersion: '0.0.0-test',
    // A fixed clock that moves on, so stamps and file names are predictable but distinct.
    now: () => new Date(Date.UTC(2026, 4, 9, 10, 0, tick++)),
    log,
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
