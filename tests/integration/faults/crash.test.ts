import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/openStore';
import { removeDir, tempDataDir } from '../helpers/backend';
import { checksum } from './crashState';
import { faultRuns, timeoutFor } from './runs';

const RUNS = faultRuns(60);

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await tempDataDir('twinning-crash-');
  childScript = join(workDir, 'writerChild.mjs');
  // Bundled once: starting a child through tsx costs ~0.4 s, a plain bundle ~0.05 s.
  await build({
    entryPoints: [join(import.meta.dirname, 'writerChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});
afterAll(() => removeDir(workDir));

interface Outcome {
  lastAck: number;
  started: number;
}

/** Starts the writer, lets it write for a random while, then kills it with SIGKILL. */
function runAndKill(dataDir: string, killAfterMs: number, compactEvery: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(compactEvery)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killTimer === undefined && out.includes('ready')) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${out} ${err}`));
      const started = Number(/ready (\d+)/.exec(out)?.[1]);
      const acks = [...out.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]));
      resolve({ started, lastAck: acks.length ? Math.max(...acks) : started });
    });
  });
}

// Appends mostly land between compactions at the usual threshold; compacting after every
// second entry puts many kills in the middle of a compaction (snapshot written, journal not
// yet cut, or the other way round).
describe.each([
  { moment: 'mid-append', compactEvery: 500 },
  { moment: 'mid-compaction', compactEvery: 2 },
])('a writer killed with SIGKILL at random moments ($moment)', ({ compactEvery }) => {
  it(
    `always leaves a store that opens holding the last acknowledged state or the next (${RUNS} kills)`,
    { timeout: timeoutFor(RUNS, 2_000, 120_000) },
    async () => {
      const dataDir = join(workDir, `data-${compactEvery}`);
      let writesSeen = 0;
      for (let run = 0; run < RUNS; run++) {
        const { started, lastAck } = await runAndKill(dataDir, Math.floor(Math.random() * 60), compactEvery);
        writesSeen += lastAck - started;
        const opened = await openStore(dataDir, () => new Date());
        if (opened.kind !== 'ready')
          throw new Error(`run ${run}: ${opened.problem.code} ${opened.problem.detail}`);
        const committee = opened.data.committeeInfo[0];
        const seq = Number(committee?.name.replace('state ', '') ?? 0);
        expect([lastAck, lastAck + 1], `run ${run}`).toContain(seq);
        if (seq > 0)
          expect(committee?.registrationNumber).toBe(checksum(opened.data.members.map((m) => m.name)));
        const leftovers = (await readdir(dataDir)).filter((n) => n.endsWith('.tmp'));
        expect(leftovers, 'temp files are swept when the store is opened').toEqual([]);
      }
      // The kills must land while writes happen, or the test proves nothing.
      expect(writesSeen).toBeGreaterThan(RUNS);
    },
  );
});
