import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { checkAll } from '../../../electron/core/store/invariants';
import { openStore } from '../../../electron/core/store/openStore';
import { StorageV8 } from '../../../electron/core/store/schema';
import type { Result } from '../../../shared/ipc/errors';
import {
  call,
  manualTimers,
  openBackend as openWithLog,
  quietLog,
  removeDir,
  tempDataDir,
} from '../helpers/backend';
import { faultRuns, timeoutFor } from '../faults/runs';
import { candidate, failNextAppend, linkDraft, memberDraft } from './recordFixtures';

const RUNS = faultRuns(25);

/** What the secretary was told was saved: only acknowledged changes enter the model. */
interface Model {
  members: Map<string, { name: string; rev: number }>;
  links: Map<string, { notes: string }>;
  charters: Set<string>;
  candidates: Map<string, { name: string; partnershipId: string | null; status: string }>;
  settings: { locale: 'en' | 'ro' | 'fr' | 'de' | null; dormantAfterMonths: number };
}

interface Real {
  dir: string;
  backend: Backend;
  /** The next write fails with ENOSPC (armed by FailNextWrite). */
  failing: boolean;
}

type Cmd = fc.AsyncCommand<Model, Real>;
const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
const ok = <T>(r: Result<T>): r is { ok: true; data: T } => r.ok;

/** Runs a write; when a fault was armed it must fail with DISK_FULL and change nothing. */
async function write<T>(real: Real, run: () => Promise<Result<T>>, onSaved: (data: T) => void) {
  const expectFailure = real.failing;
  const undo = expectFailure ? failNextAppend(real.dir) : () => undefined;
  real.failing = false;
  const result = await run();
  undo();
  if (expectFailure) {
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    return;
  }
  if (!ok(result)) throw new Error(JSON.stringify(result.error));
  onSaved(result.data);
}

const log = quietLog();
// Periodic backups are held back: one folds the journal into store.json in the background, and
// the checks after each step read the folder as a restart would (sweeping its temp files).
const openBackend = (dir: string, logger: typeof log) =>
  openWithLog(dir, logger, { timers: manualTimers().timers });

/** After every step, what a restart would find must already agree with the model. */
const checked = (cmd: Cmd): Cmd => ({
  check: (m) => cmd.check(m),
  run: async (m, r) => {
    await cmd.run(m, r);
    await matches(m, r.dir);
  },
  toString: () => cmd.toString(),
});

const commands = [
  fc.string({ minLength: 1, maxLength: 12 }).map((name): Cmd => ({
    check: () => true,
    run: (m, r) =>
      write(
        r,
        () => call(r.backend, 'member:save', memberDraft(`M ${name}`)),
        (saved) => m.members.set(saved.id, { name: saved.name, rev: saved.rev }),
      ),
    toString: () => `AddMember(${name})`,
  })),
  fc.tuple(fc.nat(), fc.boolean()).map(([n, stale]): Cmd => ({
    check: (m) => m.members.size > 0,
    run: async (m, r) => {
      const [id, seen] = pick([...m.members], n)!;
      if (stale && seen.rev > 1) {
        // A window that loaded an older version: refused, whatever the disk.
        const result = await call(r.backend, 'member:save', {
          ...memberDraft('Stale'),
          id,
          rev: seen.rev - 1,
        });
        expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        return;
      }
      await write(
        r,
        () => call(r.backend, 'member:save', { ...memberDraft(`${seen.name}+`), id, rev: seen.rev }),
        (saved) => m.members.set(id, { name: saved.name, rev: saved.rev }),
      );
    },
    toString: () => `EditMember(${n}, stale=${stale})`,
  })),
  fc.nat().map((n): Cmd => ({
    check: (m) => m.members.size > 0,
    run: async (m, r) => {
      const [id] = pick([...m.members], n)!;
      await write(
        r,
        () => call(r.backend, 'member:delete', { id }),
        () => m.members.delete(id),
      );
    },
    toString: () => `DeleteMember(${n})`,
  })),
  fc.string({ maxLength: 12 }).map((notes): Cmd => ({
    check: () => true,
    run: (m, r) =>
      write(
        r,
        // Every link is Ornans on purpose (the model is about storage): confirm the second one.
        () =>
          call(r.backend, 'partnership:save', { ...linkDraft('Ornans', notes.trim()), allowDuplicate: true }),
        (saved) => m.links.set(saved.id, { notes: saved.notes }),
      ),
    toString: () => `AddLink(${JSON.stringify(notes)})`,
  })),
  fc.nat().map((n): Cmd => ({
    check: (m) => m.links.size > 0,
    run: async (m, r) => {
      const [id] = pick([...m.links], n)!;
      await write(
        r,
        () => call(r.backend, 'partnership:delete', { id }),
        () => {
          m.links.delete(id);
          m.charters.delete(id);
          for (const c of m.candidates.values()) {
            if (c.partnershipId !== id) continue;
            c.partnershipId = null;
            if (c.status === 'chosen') c.status = 'considering';
          }
        },
      );
    },
    toString: () => `DeleteLink(${n})`,
  })),
  fc.tuple(fc.nat(), fc.boolean()).map(([n, overlapping]): Cmd => ({
    check: (m) => m.links.size > 0,
    run: async (m, r) => {
      const [id] = pick([...m.links], n)!;
      const view = await call(r.backend, 'agreement:get', { partnershipId: id });
      if (!ok(view)) throw new Error(JSON.stringify(view.error));
      const save = () =>
        call(r.backend, 'agreement:save', { partnershipId: id, content: view.data.proposal });
      if (overlapping && !r.failing) {
        const both = await Promise.all([save(), save()]);
        expect(both.every((x) => x.ok)).toBe(true);
        m.charters.add(id);
      } else await write(r, save, () => m.charters.add(id));
    },
    toString: () => `SaveCharter(${n}, overlapping=${overlapping})`,
  })),
  fc.constantFrom('Landshut', 'Rennes', 'Cesena').map((name): Cmd => ({
    // A town is shortlisted once (a second time is a validation error the form shows).
    check: (m) => ![...m.candidates.values()].some((c) => c.name === name),
    run: (m, r) =>
      write(
        r,
        () => call(r.backend, 'shortlist:save', candidate(name)),
        (saved) => m.candidates.set(saved.id, { name, partnershipId: null, status: 'considering' }),
      ),
    toString: () => `Shortlist(${name})`,
  })),
  fc.nat().map((n): Cmd => ({
    check: (m) => [...m.candidates.values()].some((c) => c.partnershipId === null),
    run: async (m, r) => {
      const [id, c] = pick(
        [...m.candidates].filter(([, x]) => x.partnershipId === null),
        n,
      )!;
      await write(
        r,
        () => call(r.backend, 'shortlist:createPartnership', { id, kind: 'partnership' }),
        (made) => {
          c.partnershipId = made.partnershipId;
          c.status = 'chosen';
          m.links.set(made.partnershipId, { notes: '' });
        },
      );
    },
    toString: () => `MakePartnership(${n})`,
  })),
  fc
    .tuple(fc.constantFrom('en', 'ro', 'fr', 'de' as const), fc.integer({ min: 1, max: 240 }))
    .map(([locale, months]): Cmd => ({
      check: () => true,
      run: async (m, r) => {
        // Two quick changes of different fields, overlapping: both stay.
        if (r.failing) {
          // Whichever went first failed; the other was saved.
          r.failing = false;
          const undo = failNextAppend(r.dir);
          const both = await Promise.all([
            call(r.backend, 'settings:save', { locale }),
            call(r.backend, 'settings:save', { dormantAfterMonths: months }),
          ]);
          undo();
          if (both[0]!.ok) m.settings.locale = locale;
          if (both[1]!.ok) m.settings.dormantAfterMonths = months;
          expect(both.filter((x) => !x.ok)).toHaveLength(1);
          return;
        }
        const both = await Promise.all([
          call(r.backend, 'settings:save', { locale }),
          call(r.backend, 'settings:save', { dormantAfterMonths: months }),
        ]);
        expect(both.every((x) => x.ok)).toBe(true);
        m.settings = { locale, dormantAfterMonths: months };
      },
      toString: () => `Settings(${locale}, ${months})`,
    })),
  fc.constant<Cmd>({
    check: () => true,
    run: async (_m, r) => void (r.failing = true),
    toString: () => 'FailNextWrite',
  }),
  fc.constant<Cmd>({
    check: () => true,
    run: async (_m, r) => {
      r.failing = false;
      await r.backend.close();
      r.backend = await openBackend(r.dir, log);
    },
    toString: () => 'Restart',
  }),
];

/** The store as a restart would find it agrees with the model, validates and keeps every invariant. */
async function matches(m: Model, dir: string): Promise<void> {
  const opened = await openStore(dir, () => new Date(), { readOnly: true });
  if (opened.kind !== 'ready') throw new Error(opened.problem.detail);
  const db = opened.data;
  expect(StorageV8.safeParse(db).success).toBe(true);
  expect(checkAll(db)).toEqual([]);
  expect(new Map(db.members.map((x) => [x.id, { name: x.name, rev: x.rev }]))).toEqual(m.members);
  expect(new Set(db.partnerships.map((p) => p.id))).toEqual(new Set(m.links.keys()));
  expect(new Set(db.agreements.map((a) => a.partnershipId))).toEqual(m.charters);
  expect(db.shortlist.map((e) => e.id).sort()).toEqual([...m.candidates.keys()].sort());
  for (const [id, { partnershipId, status }] of m.candidates) {
    expect(db.shortlist.find((e) => e.id === id)).toMatchObject({ partnershipId, status });
  }
  const { locale, dormantAfterMonths } = db.settings[0]!;
  expect({ locale, dormantAfterMonths }).toEqual(m.settings);
}

describe('the record store under any sequence of the secretary’s actions', () => {
  let dirs: string[] = [];
  beforeAll(() => {
    dirs = [];
  });
  afterAll(async () => {
    await Promise.all(dirs.map(removeDir));
  });

  it(
    `re-opens valid, keeps every invariant and loses no acknowledged change, with overlapping calls and failed writes (${RUNS} runs)`,
    { timeout: timeoutFor(RUNS, 8_000, 120_000) },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.commands(
            commands.map((arb) => arb.map(checked)),
            { maxCommands: 30 },
          ),
          async (cmds) => {
            const dir = await tempDataDir();
            dirs.push(dir);
            const real: Real = { dir, backend: await openBackend(dir, log), failing: false };
            const model: Model = {
              members: new Map(),
              links: new Map(),
              charters: new Set(),
              candidates: new Map(),
              settings: { locale: null, dormantAfterMonths: 24 },
            };
            try {
              await fc.asyncModelRun(() => ({ model, real }), cmds);
            } finally {
              await real.backend.close();
            }
            await matches(model, dir);
            expect(log.errors).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
