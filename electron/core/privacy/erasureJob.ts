import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PersonRef } from '../../../shared/domain/privacy';
import { writeFileDurable } from '../store/durableFile';

/**
 * An erasure under way: written before anything is erased, removed once every copy is done.
 * One file holds every person whose erasure is not finished: a second erasure joins the first.
 */
export const ERASURE_JOB_FILE = 'erasure-job.json';

const ErasureJob = z.object({
  refs: z.array(PersonRef).min(1),
  /** What identifies them in a file that cannot be parsed: ids and e-mails, never names alone. */
  needles: z.array(z.string().min(3)),
  /** Names, only to tell the secretary which unreadable files mention them (never to delete). */
  names: z.array(z.string()),
  erasedRecords: z.int().min(0),
  startedAt: z.string(),
});
export type ErasureJob = z.infer<typeof ErasureJob>;

const pathIn = (dataDir: string) => join(dataDir, ERASURE_JOB_FILE);

/** Owner-only (0600) like every file the app writes; it names the person until it is removed. */
export async function saveJob(dataDir: string, job: ErasureJob): Promise<void> {
  await writeFileDurable(pathIn(dataDir), JSON.stringify(job));
}

export async function readJob(dataDir: string): Promise<ErasureJob | null> {
  try {
    const parsed = ErasureJob.safeParse(JSON.parse(await readFile(pathIn(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const finishJob = (dataDir: string) => rm(pathIn(dataDir), { force: true });

const key = (r: PersonRef) => `${r.collection}\u0000${r.id}`;

/** Whether a pending job covers every person asked for now (a retry of the same erasure). */
export function covers(job: ErasureJob, refs: readonly PersonRef[]): boolean {
  const pending = new Set(job.refs.map(key));
  return refs.every((r) => pending.has(key(r)));
}

/** One job for both: a second erasure started while the first is unfinished carries it on. */
export function mergeJobs(pending: ErasureJob, next: ErasureJob): ErasureJob {
  const refs = new Map([...pending.refs, ...next.refs].map((r) => [key(r), r]));
  return {
    refs: [...refs.values()],
    needles: [...new Set([...pending.needles, ...next.needles])],
    names: [...new Set([...pending.names, ...next.names])],
    erasedRecords: pending.erasedRecords + next.erasedRecords,
    startedAt: pending.startedAt < next.startedAt ? pending.startedAt : next.startedAt,
  };
}
