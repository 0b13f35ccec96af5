import type { Backend } from '../core/backend';
import { deviceStateWriter, readDeviceState } from './deviceFile';
import { startHost, type Host } from './server';
import { createSessions } from './sessions';

export interface BrowserModeOptions {
  backend: Backend;
  dataDir: string;
  rendererDir: string;
  /** A port asked for on the command line: used as is, never remembered over. */
  port?: number;
  warn?: (message: string) => void;
}

export interface BrowserMode {
  host: Host;
  /** The folder's usual port when it was taken this time (the address changed), else null. */
  portTaken: number | null;
  /** Stops the host once the remembered tabs are on disk. */
  close(): Promise<void>;
}

/**
 * Browser mode for one data folder: the same address as last time when its port is free, and
 * the tabs it handed secrets to (by hash) are recognised again, so a restart breaks nothing.
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const device = await readDeviceState(options.dataDir);
  const writer = deviceStateWriter(options.dataDir, (error) =>
    warn(
      `Could not remember the browser-mode port and tabs: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  const sessions = createSessions({
    remembered: device.secrets,
    onChange: (secrets) => void writer.save({ secrets }),
  });
  const host = await startHost({
    backend: options.backend,
    rendererDir: options.rendererDir,
    sessions,
    ...(options.port !== undefined
      ? { port: options.port }
      : device.port !== null
        ? { preferredPort: device.port }
        : {}),
  });
  await writer.save({ port: options.port === undefined ? host.port : (device.port ?? host.port) }, device);
  const portTaken =
    options.port === undefined && device.port !== null && device.port !== host.port ? device.port : null;
  return {
    host,
    portTaken,
    async close() {
      await host.close();
      await writer.settled();
    },
  };
}
