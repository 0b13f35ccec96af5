import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../core/store/durableFile';
import type { KnownSecret } from './sessions';

/**
 * Browser mode's memory of this device, in the data folder (owner-only, like the store): the
 * port, so bookmarks and open tabs find the app again, and the hashes of tabs' secrets. It is
 * not part of the records: a hand-over does not carry it, and losing it only means a new URL.
 */
export const DEVICE_FILE = 'browser-mode.json';

const DeviceState = z.object({
  port: z.number().int().min(1).max(65535).nullable().catch(null),
  secrets: z
    .array(z.object({ hash: z.string().min(20).max(100), lastSeen: z.number() }))
    .max(200)
    .catch([]),
});
export type DeviceState = z.infer<typeof DeviceState>;

const EMPTY: DeviceState = { port: null, secrets: [] };

export async function readDeviceState(dataDir: string): Promise<DeviceState> {
  try {
    return DeviceState.parse(JSON.parse(await readFile(join(dataDir, DEVICE_FILE), 'utf8')));
  } catch {
    // Missing or damaged: start without it; nothing in it is a record.
    return EMPTY;
  }
}

/** Writes are chained so an older state never lands after a newer one. */
export function deviceStateWriter(dataDir: string, log: (error: unknown) => void) {
  let chain: Promise<void> = Promise.resolve();
  let state: DeviceState = EMPTY;
  return {
    save(patch: { port?: number; secrets?: KnownSecret[] }, base?: DeviceState): Promise<void> {
      state = { ...(base ?? state), ...patch };
      const text = JSON.stringify(state);
      chain = chain
        .then(() => writeFileDurable(join(dataDir, DEVICE_FILE), text))
        // A read-only folder or a full disk costs only the convenience, never a start.
        .catch(log);
      return chain;
    },
    /** Resolves once every write asked for so far has landed (or failed and was logged). */
    settled: (): Promise<void> => chain,
  };
}
