import type {
  ImportCommitInput,
  ImportPreview,
  ImportPreviewInput,
  ImportResult,
  PreviewRow,
} from '../../../shared/domain/importPreview';
import type { PartnerPlace } from '../../../shared/domain/partnership';
import { partnerPlaceFromPlace } from '../../../shared/domain/shortlist';
import { AppFailure, type FieldIssue } from '../../../shared/ipc/errors';
import type { LazyGazetteer } from '../data/places/gazetteer';
import type { ServiceContext } from '../context';
import { buildPreview } from './importPreview';
import { partnershipFromRow } from './importRecords';
import { checked } from '../registry/partnershipWrites';
import { localIsoDate } from '../today';
import { committeeOf } from '../store/views';
import { unfollowed, type TaskSteps } from '../tasks/longTasks';

const refuse = (message: string, issues: FieldIssue[]) => new AppFailure('VALIDATION', message, issues);

/** What the user's choices make of each usable row: the place to import, or nothing. */
function resolveRows(
  preview: ImportPreview,
  input: ImportCommitInput,
): { row: PreviewRow; place: PartnerPlace }[] {
  const choices = new Map(input.choices.map((c) => [c.line, c.place]));
  const out: { row: PreviewRow; place: PartnerPlace }[] = [];
  for (const row of preview.rows) {
    if (row.status === 'error') continue;
    if (row.status === 'ok' && row.match) {
      out.push({ row, place: partnerPlaceFromPlace(row.match) });
      continue;
    }
    if (!choices.has(row.line)) {
      throw refuse(`Line ${row.line} needs a choice`, [
        {
          path: ['choices', row.line],
          code: 'choice_missing',
          message: 'choose a place or leave the row out',
        },
      ]);
    }
    const place = choices.get(row.line) ?? null;
    if (place === null) continue;
    if (place.country !== row.country) {
      throw refuse(`Line ${row.line}: the place is not in ${row.country}`, [
        { path: ['choices', row.line], code: 'choice_country_mismatch', message: 'wrong country' },
      ]);
    }
    if (place.source === 'geonames' && !row.options.some((o) => o.geonameId === place.geonameId)) {
      throw refuse(`Line ${row.line}: that place was not offered`, [
        { path: ['choices', row.line], code: 'choice_not_offered', message: 'not offered' },
      ]);
    }
    out.push({ row, place });
  }
  const seen = new Map<number, number>();
  for (const { row, place } of out) {
    if (place.geonameId === null) continue;
    const first = seen.get(place.geonameId);
    if (first !== undefined) {
      throw refuse(`Lines ${first} and ${row.line} name the same town`, [
        { path: ['choices', row.line], code: 'choice_duplicate', message: String(first) },
      ]);
    }
    seen.set(place.geonameId, row.line);
  }
  return out;
}

/**
 * CSV import of partnerships: a preview that writes nothing, then a commit that re-reads
 * the same text with the user's choices and adds every usable row in one store update,
 * after a backup snapshot; either all rows are added or none.
 */
export function partnershipImportService(
  ctx: ServiceContext,
  places: LazyGazetteer,
  snapshot: () => Promise<string | null>,
) {
  async function preview(
    { text, home, edits }: Omit<ImportPreviewInput, 'taskId'>,
    steps: TaskSteps = unfollowed,
  ): Promise<ImportPreview> {
    const db = ctx.store().data;
    return buildPreview(
      text,
      {
        gazetteer: await places.get(),
        municipality: committeeOf(db).municipality,
        home,
        partnerships: db.partnerships,
        currentYear: ctx.now().getFullYear(),
        edits,
      },
      (done, total) => steps.step('read', done, total),
    );
  }

  return {
    preview,

    async commit(input: ImportCommitInput, steps: TaskSteps = unfollowed): Promise<ImportResult> {
      const checkedPreview = await preview({ text: input.text, home: input.home, edits: input.edits }, steps);
      if (checkedPreview.problems.length > 0) {
        throw refuse(
          'The file cannot be imported',
          checkedPreview.problems.map((p) => ({ path: ['text'], code: p.code, message: p.code })),
        );
      }
      const usable = resolveRows(checkedPreview, input);
      if (usable.length === 0)
        throw refuse('No row can be imported', [
          { path: ['text'], code: 'nothing_to_import', message: 'nothing to import' },
        ]);

      const homeLanguages = committeeOf(ctx.store().data).municipality?.languages ?? [];
      const stamp = {
        at: ctx.now().toISOString(),
        today: localIsoDate(ctx.now()),
        newId: ctx.newId,
        homeLanguages,
      };
      const created = usable.map(({ row, place }) => checked(partnershipFromRow(row, place, stamp)));
      // Every row is read: from here the store changes, so a cancel comes too late.
      steps.pointOfNoReturn();
      const backupPath = await snapshot();
      await ctx.store().transaction((tx) => {
        for (const { id: _id, rev: _rev, updatedAt: _at, ...fields } of created)
          tx.insert('partnerships', fields);
      });
      return {
        imported: created.length,
        skipped: checkedPreview.rows.length - created.length,
        backupId: backupPath === null ? null : (backupPath.split(/[\\/]/).pop() ?? null),
      };
    },
  };
}
export type PartnershipImportService = ReturnType<typeof partnershipImportService>;
