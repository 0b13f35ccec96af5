// npm start: the desktop app, or browser mode when the Electron binary is missing.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensureBuild.mjs';
import { runTs } from './runTs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
ensureBuild(root);

// Resolving the electron package downloads its binary on first use; here that may be impossible.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
});
const binary = probe.status === 0 ? probe.stdout.trim() : null;

if (binary) {
  const child = spawn(binary, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron is not available on this machine (its binary could not be downloaded); starting browser mode instead.',
  );
  runTs(root, join(root, 'electron', 'cli', 'web.ts'), [...args, '--open']);
}
