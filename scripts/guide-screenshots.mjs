// npm run guide:screenshots: builds if needed, then runs the guide's Playwright spec with its
// pictures written to docs/guide/ (inside `npm test` the same spec writes them to .tmp/guide).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensureBuild.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuild(root);
const child = spawnSync(
  join(root, 'node_modules', '.bin', 'playwright'),
  ['test', 'tests/e2e/guide/screenshots.spec.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, GUIDE_SCREENSHOTS_DIR: join('docs', 'guide') },
  },
);
if (child.status === 0) console.log(`The guide's pictures are in ${join(root, 'docs', 'guide')}.`);
process.exit(child.status ?? 1);
