import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { startBackendWorker } from '../core/worker/workerBackend';
import { resolveDataDir } from '../core/paths';
import { startHost } from '../host/server';
import { hasFlag, readFlag } from './args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `npm run web -- --data-dir DIR --port N`: browser mode on 127.0.0.1. */
async function main(argv: string[]): Promise<void> {
  const dataDir = resolve(resolveDataDir(readFlag(argv, 'data-dir')));
  const portFlag = readFlag(argv, 'port');
  const port = portFlag === undefined ? 0 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port: ${portFlag}`);
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const backend = await startBackendWorker({
    backend: { dataDir, transport: 'browser', appVersion: version },
  });
  const status = backend.status();
  if (status.problem?.code === 'LOCKED') {
    console.error(`Twinning Desk: ${status.problem.detail}. Close the other window first.`);
    process.exit(3);
  }
  // The build folder electron.vite.config.ts and scripts/ensureBuild.mjs use.
  const outDir = process.env.TWINNING_OUT_DIR || 'out';
  const host = await startHost({ backend, rendererDir: join(root, outDir, 'renderer'), port });
  console.log(`Twinning Desk (browser mode) at ${host.url}`);
  if (hasFlag(argv, 'open')) {
    const { openInBrowser } = await import('./openBrowser');
    openInBrowser(host.url);
  }

  const stop = async () => {
    await host.close();
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
