// npm run web -- [--data-dir DIR] [--port N] [--open]: browser mode on 127.0.0.1.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensureBuild.mjs';
import { runTs } from './runTs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureBuild(root);
runTs(root, join(root, 'electron', 'cli', 'web.ts'), process.argv.slice(2));
