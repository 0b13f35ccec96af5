// Builds the renderer (and the desktop bundles) when out/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'renderer',
  'shared',
  'electron',
  'resources/fonts',
  'electron.vite.config.ts',
  'package.json',
];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

export function ensureBuild(root, { quiet = false } = {}) {
  // electron-vite.config.ts builds into TWINNING_OUT_DIR when it is set; look there too.
  const marker = join(root, process.env.TWINNING_OUT_DIR ?? 'out', 'renderer', 'index.html');
  const sourcesTime = Math.max(
    ...SOURCES.map((s) => join(root, s))
      .filter(existsSync)
      .map(newest),
  );
  if (existsSync(marker) && statSync(marker).mtimeMs >= sourcesTime) return;
  if (!quiet) console.log('Building Twinning Desk…');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: quiet ? 'ignore' : 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('The build failed');
}
