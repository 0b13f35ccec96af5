import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/openStore';
import {
  CURRENT_SCHEMA_VERSION,
  emptyStore,
  StorageV8,
  type StoreData,
} from '../../../electron/core/store/schema';
import { faultRuns, timeoutFor } from './runs';

const RUNS = faultRuns(200);

const stamp = '2026-01-01T00:00:00.000Z';
const good: StoreData = {
  ...emptyStore(),
  revision: 7,
  municipality: [
    {
      id: 'municipality',
      rev: 2,
      updatedAt: stamp,
      name: 'Sibiu',
      country: 'RO',
      region: 'Sibiu',
      population: 134_000,
      languages: ['ro', 'de'],
      coordinates: { lat: 45.79, lon: 24.15 },
    },
  ],
  committeeInfo: [
    {
      id: 'committee',
      rev: 1,
      updatedAt: stamp,
      name: 'Comitetul de înfrățire',
      legalForm: 'association',
      address: 'Piața Mare 1',
      email: 'ana@example.org',
      registrationNumber: '12/2020',
    },
  ],
  members: ['Ana', 'Ion', 'Maria'].map((name, i) => ({
    id: `m${i}`,
    name,
    role: 'member',
    email: '',
    phone: '',
    termStart: null,
    termEnd: null,
    createdAt: stamp,
    updatedAt: stamp,
    rev: 1,
  })),
  tombstones: [{ id: 'm9', collection: 'members', rev: 2, deletedAt: stamp }],
};
const goodText = JSON.stringify(good);
const goodBytes = Buffer.from(goodText);

/** Sets a value deep in a JSON copy, to produce files with the wrong types in them. */
function withValueAt(path: readonly string[], value: unknown): Buffer {
  const copy = JSON.parse(goodText) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return Buffer.from(JSON.stringify(copy));
}

const paths = [
  ['schemaVersion'],
  ['revision'],
  ['settings'],
  ['members'],
  ['municipality'],
  ['committeeInfo'],
  ['tombstones'],
  ['settings', '0', 'locale'],
  ['members', '0', 'rev'],
  ['committeeInfo', '0', 'name'],
] as const;
const wrongValues = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant([1, 'x']),
);

const damaged: fc.Arbitrary<{ kind: string; bytes: Buffer }> = fc.oneof(
  fc.constant({ kind: 'empty', bytes: Buffer.alloc(0) }),
  fc
    .constantFrom(' ', '\n\n', 'null', 'false', '0', '""', '[]', '{}', 'true')
    .map((t) => ({ kind: 'json-nothing', bytes: Buffer.from(t) })),
  fc.integer({ min: 1, max: 4096 }).map((n) => ({ kind: 'nul', bytes: Buffer.alloc(n) })),
  fc
    .integer({ min: 0, max: goodBytes.length - 1 })
    .map((at) => ({ kind: 'truncated', bytes: goodBytes.subarray(0, at) })),
  fc
    .tuple(fc.integer({ min: 0, max: goodBytes.length - 1 }), fc.integer({ min: 0, max: 7 }))
    .map(([at, bit]) => {
      const bytes = Buffer.from(goodBytes);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
      return { kind: 'flipped', bytes };
    }),
  fc
    .tuple(fc.integer({ min: 0, max: goodBytes.length - 1 }), fc.integer({ min: 1, max: 64 }))
    .map(([at, n]) => {
      const bytes = Buffer.from(goodBytes);
      bytes.fill(0, at, Math.min(bytes.length, at + n));
      return { kind: 'nul-run', bytes };
    }),
  fc.constant({ kind: 'bom', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), goodBytes]) }),
  fc.integer({ min: 0, max: goodBytes.length }).map((at) => ({
    kind: 'bom-truncated',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), goodBytes.subarray(0, at)]),
  })),
  fc
    .tuple(fc.constantFrom(...paths), wrongValues)
    .map(([path, value]) => ({ kind: `wrong-type ${path.join('.')}`, bytes: withValueAt(path, value) })),
  fc
    .integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 1_000_000 })
    .map((v) => ({ kind: 'future', bytes: withValueAt(['schemaVersion'], v) })),
  fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((a) => ({ kind: 'random', bytes: Buffer.from(a) })),
);

describe('damaged store files', () => {
  it(
    `each give a valid store or the recovery state, and their bytes are never overwritten (${RUNS} files)`,
    { timeout: timeoutFor(RUNS, 500, 60_000) },
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'twinning-damaged-'));
      const seen = new Map<string, number>();
      let n = 0;
      try {
        await fc.assert(
          fc.asyncProperty(damaged, async ({ kind, bytes }) => {
            const dir = join(root, String(n++));
            const file = join(dir, 'store.json');
            await openStore(dir, () => new Date(stamp)); // creates the folder
            await writeFile(file, bytes);
            const opened = await openStore(dir, () => new Date(stamp));
            const outcome = `${kind.split(' ')[0]}:${opened.kind}`;
            seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
            if (opened.kind === 'ready') {
              expect(StorageV8.safeParse(opened.data).success).toBe(true);
              // Only a migration rewrites a file, and this one is already current.
              expect((await readFile(file)).equals(bytes)).toBe(true);
            } else if (opened.problem.movedTo) {
              expect((await readFile(opened.problem.movedTo)).equals(bytes)).toBe(true);
              expect((await readdir(dir)).includes('store.json')).toBe(false);
            } else {
              expect(opened.problem.code).toBe('TOO_NEW');
              expect((await readFile(file)).equals(bytes)).toBe(true);
            }
            await rm(dir, { recursive: true, force: true });
          }),
          { numRuns: RUNS },
        );
      } finally {
        await rm(root, { recursive: true, force: true });
      }
      // Both outcomes must actually occur, or the generator is not doing its job.
      const outcomes = [...seen.keys()].join(' ');
      expect(outcomes).toContain(':ready');
      expect(outcomes).toContain(':problem');
    },
  );
});
