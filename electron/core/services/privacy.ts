import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErasureReport, PersonExport, PersonMatch, PersonRef } from '../../../shared/domain/privacy';
import { AppFailure } from '../../../shared/ipc/errors';
import { migrationContextFor } from '../attachments/legacyImages';
import { erasePersons, findPersons, recordsOf } from '../privacy/personData';
import { backupDir, listBackups } from '../store/backups';
import { writeFileDurable } from '../store/durableFile';
import { parseStoreText } from '../store/readStoreFile';
import { toWriteFailure } from '../store/writeErrors';
import type { ServiceContext } from './context';

/**
 * A person's right to a copy of their data and to its erasure. Erasure reaches the open
 * store and every copy in the data folder: each backup that mentions the person is
 * rewritten without them, and a file that cannot be read (a damaged backup, a kept
 * damaged store) but contains their id, name or e-mail is deleted. No snapshot is taken
 * first: a snapshot would keep exactly what must go.
 */
export function privacyService(ctx: ServiceContext, dataDir: string) {
  async function scrubFile(
    path: string,
    refs: readonly PersonRef[],
    needles: readonly string[],
  ): Promise<'rewritten' | 'deleted' | 'untouched'> {
    const text = await readFile(path, 'utf8');
    // A version 5 backup is rewritten in the current version: its coats of arms get their new names.
    const parsed = parseStoreText(text, await migrationContextFor(dataDir));
    if (parsed.kind === 'ok') {
      const { data, erased } = erasePersons(parsed.data, refs);
      if (erased === 0) return 'untouched';
      await writeFileDurable(path, JSON.stringify(data));
      return 'rewritten';
    }
    if (!needles.some((n) => text.includes(n))) return 'untouched';
    await rm(path, { force: true });
    return 'deleted';
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

    async erase(refs: readonly PersonRef[]): Promise<ErasureReport> {
      const store = ctx.store();
      const people = recordsOf(store.data, refs);
      if (people.length === 0) throw new AppFailure('NOT_FOUND', 'No such person');
      // Ids are unique and long enough to search for; names and e-mails catch copies whose ids differ.
      const needles = people.flatMap((p) => [p.id, p.name, p.email]).filter((n) => n.length >= 3);
      let erased = 0;
      await store.update((db) => {
        const result = erasePersons(db, refs);
        erased = result.erased;
        return result.data;
      });
      const report: ErasureReport = { erasedRecords: erased, backupsRewritten: 0, filesDeleted: 0 };
      const kept = (await readdir(dataDir))
        .filter((n) => n.startsWith('store.damaged-'))
        .map((n) => join(dataDir, n));
      const backups = (await listBackups(dataDir)).map((b) => join(backupDir(dataDir), b.id));
      try {
        for (const path of [...backups, ...kept]) {
          const outcome = await scrubFile(path, refs, needles);
          if (outcome === 'rewritten') report.backupsRewritten += 1;
          if (outcome === 'deleted') report.filesDeleted += 1;
        }
      } catch (error) {
        throw toWriteFailure(error);
      }
      return report;
    },
  };
}
export type PrivacyService = ReturnType<typeof privacyService>;
