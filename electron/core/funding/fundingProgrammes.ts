import type { ProgrammeRef } from '../../../shared/domain/funding/application';
import { diffProgrammes, type ProgrammeChange } from '../../../shared/domain/funding/diff';
import type { CountryList, Programme } from '../../../shared/domain/funding/programme';
import { readProgramme } from '../../../shared/domain/funding/readProgramme';
import type { ProgrammeVersion } from '../../../shared/ipc/channels/funding';
import { AppFailure } from '../../../shared/ipc/errors';
import type { FundingData } from '../data/funding/readFundingData';
import type { Collections } from '../store/records';
import type { ServiceContext } from '../context';

type Edited = Collections['programmes'];

const shippedVersion = (programme: Programme): ProgrammeVersion => ({
  ref: { programmeId: programme.programmeId, callYear: programme.callYear, recordId: null },
  rev: null,
  updatedAt: null,
  programme,
  basedOn: null,
});
const editedVersion = (r: Edited): ProgrammeVersion => ({
  ref: { programmeId: r.programmeId, callYear: r.callYear, recordId: r.id },
  rev: r.rev,
  updatedAt: r.updatedAt,
  programme: r.programme,
  basedOn: r.basedOn,
});

export const noProgramme = (ref: ProgrammeRef) =>
  new AppFailure(
    'NOT_FOUND',
    `No programme ${ref.programmeId} ${ref.callYear} (${ref.recordId ?? 'shipped'})`,
  );

/**
 * The programme versions: the shipped files, read once and never written, and the versions the
 * secretary copied or edited, kept as records beside them.
 */
export function fundingProgrammes(ctx: ServiceContext, data: () => FundingData) {
  const edited = () => ctx.store().data.programmes;
  const resolve = (ref: ProgrammeRef): ProgrammeVersion => {
    if (ref.recordId === null) {
      const p = data().programmes.find(
        (x) => x.programmeId === ref.programmeId && x.callYear === ref.callYear,
      );
      if (!p) throw noProgramme(ref);
      return shippedVersion(p);
    }
    const r = edited().find((x) => x.id === ref.recordId);
    if (!r) throw noProgramme(ref);
    return editedVersion(r);
  };

  return {
    resolve,
    countryLists: (): CountryList[] => data().countryLists,
    refused: () =>
      data().refused.map((r) => ({
        file: r.file,
        problems: r.problems.map(({ item, code, message }) => ({ item, code, message })),
      })),

    list(): ProgrammeVersion[] {
      const all = [...data().programmes.map(shippedVersion), ...edited().map(editedVersion)];
      return all.sort(
        (a, b) =>
          a.programme.name.localeCompare(b.programme.name) ||
          b.ref.callYear - a.ref.callYear ||
          Number(a.ref.recordId !== null) - Number(b.ref.recordId !== null),
      );
    },

    /** A copy of a version for another (or the same) call year, to edit; one edited version per year. */
    async copy(from: ProgrammeRef, callYear: number): Promise<ProgrammeVersion> {
      const source = resolve(from);
      const { value } = await ctx.store().transaction((tx) => {
        const clash = tx
          .all('programmes')
          .find((p) => p.programmeId === from.programmeId && p.callYear === callYear);
        if (clash)
          throw new AppFailure('DUPLICATE', `An edited ${from.programmeId} ${callYear} exists`, [
            {
              path: ['callYear'],
              code: 'programme_year_exists',
              message: 'An edited version of this year exists',
              params: { id: clash.id },
            },
          ]);
        return tx.insert('programmes', {
          programmeId: from.programmeId,
          callYear,
          programme: { ...structuredClone(source.programme), callYear },
          basedOn: from,
          createdAt: tx.now.toISOString(),
        });
      });
      return editedVersion(value);
    },

    /** Saves an edited version; a bad rule refuses the whole edit with the rule named at its field. */
    async save(id: string, rev: number, raw: unknown): Promise<ProgrammeVersion> {
      const read = readProgramme(raw);
      if (!read.ok)
        throw new AppFailure(
          'VALIDATION',
          read.problems.map((p) => p.message).join('; '),
          read.problems.map((p) => ({
            path: p.path,
            code: `programme_${p.code}`,
            message: p.message,
            params: { item: p.item ?? '' },
          })),
        );
      const { value } = await ctx.store().transaction((tx) => {
        const existing = tx.get('programmes', id);
        if (!existing) throw new AppFailure('NOT_FOUND', `No edited programme ${id}`);
        const programme = {
          ...read.programme,
          programmeId: existing.programmeId,
          callYear: existing.callYear,
        };
        return tx.put('programmes', { ...existing, programme }, rev);
      });
      return editedVersion(value);
    },

    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('programmes', id)) throw new AppFailure('NOT_FOUND', `No edited programme ${id}`);
        const used = tx.all('applications').find((a) => a.programme.recordId === id);
        if (used)
          throw new AppFailure(
            'INVARIANT',
            `The application "${used.title}" is checked against this version`,
            [{ path: ['id'], code: 'programme_in_use', message: used.title, params: { title: used.title } }],
          );
        tx.remove('programmes', id);
      });
      return { id };
    },

    /** What changed from the version an edited one was copied from. */
    changes(id: string): ProgrammeChange[] {
      const r = edited().find((x) => x.id === id);
      if (!r) throw new AppFailure('NOT_FOUND', `No edited programme ${id}`);
      let before: Programme;
      try {
        before = resolve(r.basedOn).programme;
      } catch {
        return [];
      }
      return diffProgrammes(before, r.programme);
    },
  };
}
export type FundingProgrammes = ReturnType<typeof fundingProgrammes>;
