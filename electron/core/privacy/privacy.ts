import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  ErasureReport,
  PendingErasure,
  PersonExport,
  PersonMatch,
  PersonRef,
} from '../../../shared/domain/privacy';
import { AppFailure } from '../../../shared/ipc/errors';
import { migrationContextFor } from '../attachments/legacyImages';
import { covers, finishJob, mergeJobs, readJob, saveJob, type ErasureJob } from './erasureJob';
import { erasePersons, erasePersonsIn, findPersons, recordsOf } from './personData';
import { backupDir, listBackups } from '../store/backups';
import { writeFileDurable } from '../store/durableFile';
import { parseStoreText } from '../store/readStoreFile';
import { toWriteFailure } from '../store/writeErrors';
import type { ServiceContext } from '../context';
import { oneAtATime, type OneAtATime } from '../oneAtATime';

type Outcome = 'rewritten' | 'deleted' | 'untouched' | 'nameOnly';

/**
 * A person's right to a copy of their data and to its erasure. Erasure reaches the open
 * store and every copy in the data folder: each backup that mentions the person is rewritten
 * without them, and a file that cannot be read (a damaged backup, a kept damaged store) is
 * deleted when it holds their id or e-mail. A name alone proves nothing ("Ana" is in
 * "Banana"): such files are kept and listed, for the secretary to look at. No snapshot is
 * taken first: it would keep exactly what must go. The job is written down before anything
 * is erased, so an erasure stopped half-way (a backup that could not be rewritten, a crash) is
 * finished at the next start, from the Personal data screen, or by asking again; a second
 * erasure joins an unfinished one. One erasure runs at a time.
 */
export function privacyService(
  ctx: ServiceContext,
  dataDir: string,
  /** Erasures, finishing one and reading what is left wait their turn with periodic backups. */
  exclusive: OneAtATime = oneAtATime(),
) {
  async function scrubFile(path: string, job: ErasureJob): Promise<Outcome> {
    const text = await readFile(path, 'utf8');
    // A version 5 backup is rewritten in the current version: its coats of arms get their new names.
    const parsed = parseStoreText(text, await migrationContextFor(dataDir));
    if (parsed.kind === 'ok') {
      const { data, erased } = erasePersons(parsed.data, job.refs, ctx.now());
      // A copy taken between the erasure and its compaction holds no record but still a tombstone.
      if (erased === 0 && data.tombstones.length === parsed.data.tombstones.length) return 'untouched';
      await writeFileDurable(path, JSON.stringify(data));
      return 'rewritten';
    }
    if (job.needles.some((n) => text.includes(n))) {
      await rm(path, { force: true });
      return 'deleted';
    }
    return job.names.some((n) => n.length >= 3 && text.includes(n)) ? 'nameOnly' : 'untouched';
  }

  async function copies(): Promise<string[]> {
    const kept = (await readdir(dataDir))
      .filter((n) => n.startsWith('store.damaged-') || n.startsWith('journal.damaged-'))
      .map((n) => join(dataDir, n));
    const backups = (await listBackups(dataDir)).map((b) => join(backupDir(dataDir), b.id));
    return [...backups, ...kept];
  }

  async function finish(job: ErasureJob): Promise<ErasureReport> {
    // Records a stopped erasure had not removed yet (it stopped before its transaction) go first.
    const { value: left } = await ctx.store().transaction((tx) => erasePersonsIn(tx, job.refs));
    if (left > 0) {
      job.erasedRecords += left;
      await saveJob(dataDir, job).catch(() => undefined);
    }
    // The journal still holds the person's earlier versions until it is folded into store.json;
    // their tombstones go too, so the store keeps not even their id.
    await ctx
      .store()
      .flushAndCompact(new Set(job.refs.map((r) => r.id)))
      .catch((error: unknown) => {
        throw toWriteFailure(error);
      });
    const report: ErasureReport = {
      erasedRecords: job.erasedRecords,
      backupsRewritten: 0,
      filesDeleted: 0,
      keptMentioningName: [],
    };
    try {
      for (const path of await copies()) {
        const outcome = await scrubFile(path, job);
        if (outcome === 'rewritten') report.backupsRewritten += 1;
        if (outcome === 'deleted') report.filesDeleted += 1;
        if (outcome === 'nameOnly') report.keptMentioningName.push(path.slice(dataDir.length + 1));
      }
      await finishJob(dataDir);
    } catch (error) {
      throw toWriteFailure(error);
    }
    return report;
  }

  /** How much of an unfinished job is left: its records in the store, the copies holding them. */
  async function describe(job: ErasureJob): Promise<PendingErasure> {
    let backupsLeft = 0;
    for (const path of await copies()) {
      const text = await readFile(path, 'utf8').catch(() => '');
      if (job.needles.some((n) => text.includes(n))) backupsLeft += 1;
    }
    return {
      names: job.names,
      startedAt: job.startedAt,
      recordsLeft: recordsOf(ctx.store().data, job.refs).length,
      backupsLeft,
    };
  }

  async function erase(refs: readonly PersonRef[]): Promise<ErasureReport> {
    const store = ctx.store();
    const people = recordsOf(store.data, refs);
    const pending = await readJob(dataDir);
    if (people.length === 0) {
      // Gone from the records already: a retry of an erasure that stopped half-way finishes it.
      if (pending && covers(pending, refs)) return finish(pending);
      throw new AppFailure('NOT_FOUND', 'No such person');
    }
    const fresh: ErasureJob = {
      refs: [...refs],
      // Ids are unique and long enough to search for; an e-mail names one person too.
      needles: [...new Set(people.flatMap((p) => [p.id, p.email]).filter((n) => n.length >= 3))],
      names: [...new Set(people.map((p) => p.name.trim()).filter(Boolean))],
      erasedRecords: 0,
      startedAt: ctx.now().toISOString(),
    };
    // An unfinished erasure is carried on with this one, never overwritten: its backups are done too.
    const job = pending ? mergeJobs(pending, fresh) : fresh;
    try {
      await saveJob(dataDir, job);
    } catch (error) {
      throw toWriteFailure(error);
    }
    const { value: erased } = await store.transaction((tx) => erasePersonsIn(tx, refs));
    job.erasedRecords += erased;
    await saveJob(dataDir, job).catch(() => undefined);
    return finish(job);
  }

  return {
    find: (text: string): PersonMatch[] =>
      findPersons(ctx.store().data, text).map(({ collection, id, name, email, context }) => ({
        collection,
        id,
        name,
        email,
        context,
      })),

    export(refs: readonly PersonRef[]): PersonExport {
      const records = recordsOf(ctx.store().data, refs);
      if (records.length === 0) throw new AppFailure('NOT_FOUND', 'No such person');
      return {
        exportedAt: ctx.now().toISOString(),
        records: records.map(({ collection, record }) => ({ collection, record })),
      };
    },

    erase: (refs: readonly PersonRef[]) => exclusive(() => erase(refs)),

    /** The erasure left unfinished, if any, and how much of it is left. */
    pending: () =>
      exclusive(async () => {
        const job = await readJob(dataDir);
        return job ? describe(job) : null;
      }),

    /** Finishes the erasure left unfinished: the Personal data screen's Finish button. */
    finishPending: () =>
      exclusive(async () => {
        const job = await readJob(dataDir);
        if (!job) throw new AppFailure('NOT_FOUND', 'No erasure is waiting to be finished');
        return finish(job);
      }),

    /** At start-up: finishes an erasure a crash or a full disk left; nothing to do is no error. */
    resumeAtStart: () =>
      exclusive(async () => {
        const job = await readJob(dataDir);
        return job ? finish(job) : null;
      }),
  };
}
export type PrivacyService = ReturnType<typeof privacyService>;
