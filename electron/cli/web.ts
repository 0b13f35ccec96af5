import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startBackendWorker } from '../core/worker/workerBackend';
import { resolveDataDir } from '../core/paths';
import { startBrowserMode } from '../host/browserMode';
import { hasFlag, readFlag } from './args';
import { lockAdvice } from './lockAdvice';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `npm run web -- --data-dir DIR --port N`: browser mode on 127.0.0.1. */
async function main(argv: string[]): Promise<void> {
  const dataDir = resolve(resolveDataDir(readFlag(argv, 'data-dir')));
  const portFlag = readFlag(argv, 'port');
  const port = portFlag === undefined ? undefined : Number(portFlag);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`Invalid --port: ${portFlag}`);
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const backend = await startBackendWorker({
    backend: { dataDir, transport: 'browser', appVersion: version },
  });
  const status = backend.status();
  const lock = status.problem?.code === 'LOCKED' ? status.problem : null;
  if (lock && (!lock.lock || lock.lock.hold === 'held')) {
    console.error(`Twinning Desk: ${lock.detail}.`);
    console.error(lockAdvice(lock.lock, argv));
    await backend.close();
    process.exit(3);
  }
  if (lock && hasFlag(argv, 'take-over')) {
    const taken = await backend.dispatch('store:takeOverLock', {});
    if (!taken.ok) console.error(`Twinning Desk could not take the folder over: ${taken.error.message}`);
  } else if (lock) {
    // The page shows the same choice, with a button, on its recovery screen.
    console.error(`Twinning Desk: ${lock.detail}.`);
    console.error(lockAdvice(lock.lock, argv));
  }
  // The build folder electron.vite.config.ts and scripts/ensureBuild.mjs use.
  const outDir = process.env.TWINNING_OUT_DIR || 'out';
  const browserMode = await startBrowserMode({
    backend,
    dataDir,
    rendererDir: join(root, outDir, 'renderer'),
    ...(port !== undefined ? { port } : {}),
  });
  const { host, portTaken } = browserMode;
  if (portTaken !== null) {
    console.log(`Port ${portTaken} is taken by another program: this time the app is on port ${host.port}.`);
  }
  console.log(`Twinning Desk (browser mode) at ${host.url}`);
  console.log(
    'Each address works once (it opens one tab). Press Enter for a new one: for another tab, or to reconnect a tab after a restart.',
  );
  if (hasFlag(argv, 'open')) {
    const { openInBrowser } = await import('./openBrowser');
    // Its own code: xdg-open's argv is readable by every local account, but the code dies on first use.
    openInBrowser(host.url);
  }
  if (process.stdin.isTTY) {
    createInterface({ input: process.stdin }).on('line', () => console.log(`New address: ${host.url}`));
  }

  const stop = async () => {
    await browserMode.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error('Twinning Desk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
