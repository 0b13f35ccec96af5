import {
  buildParticipantPreview,
  type ParticipantPreviewContext,
} from '../../../shared/domain/activities/import/buildPreview';
import { applySheetEdits } from '../../../shared/domain/activities/import/edits';
import {
  emptyParticipantPreview,
  participantsToImport,
  type ParticipantImportPreview,
} from '../../../shared/domain/activities/import/preview';
import { printableEvent } from '../../../shared/domain/activities/documents/printable';
import type { BinaryExportFile } from '../../../shared/domain/importPreview';
import { fileSlug } from '../../../shared/domain/placeNames';
import type {
  ParticipantImportInput,
  ParticipantImportResult,
} from '../../../shared/ipc/channels/participants';
import { AppFailure } from '../../../shared/ipc/errors';
import { resolveAnyCountry } from '../activities/countries';
import { participantRegisterCsv, participantRegisterXlsx } from '../activities/export/participantRegister';
import { readParticipantSheet } from '../activities/import/readSheet';
import type { StoreData } from '../store/schema';
import type { ServiceContext } from '../context';
import { activityOf, insertParticipant, participantsOf } from './participants';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the preview checks a sheet against: the activity's dates, the home country, the organisations, who is already in. */
function previewContext(
  db: Readonly<StoreData>,
  activityId: string,
): Omit<ParticipantPreviewContext, 'resolveCountry'> {
  const a = activityOf(db, activityId);
  const home = db.municipality[0]?.country ?? printableEvent(a, null, db.partnerships).hostTown?.country;
  return {
    activity: { id: a.id, startDate: a.startDate, endDate: a.endDate },
    homeCountry: home ?? '',
    organisations: db.organisations,
    existing: participantsOf(db, activityId),
  };
}

/**
 * Participants from a registration spreadsheet (CSV or XLSX, at most 10 MB): a preview that
 * writes nothing and reports every row, then a commit that reads the same bytes again with
 * the same corrections and writes every row without an error in one transaction, after a
 * backup snapshot. The register goes out as CSV or XLSX in the import's own columns.
 */
export function participantTransfer(ctx: ServiceContext, snapshot: () => Promise<string | null>) {
  async function preview(input: ParticipantImportInput): Promise<ParticipantImportPreview> {
    const context = previewContext(ctx.store().data, input.activityId);
    const read = await readParticipantSheet(input.bytes);
    if (!read.ok) return emptyParticipantPreview([read.problem], read.format);
    const table = applySheetEdits(read.table, input.edits ?? []);
    return buildParticipantPreview(table, { ...context, resolveCountry: resolveAnyCountry });
  }

  return {
    preview,

    async commit(input: ParticipantImportInput): Promise<ParticipantImportResult> {
      const checked = await preview(input);
      const fileProblems = checked.problems.filter((p) => p.code !== 'unterminatedQuote');
      if (fileProblems.length > 0)
        throw new AppFailure(
          'VALIDATION',
          'The file cannot be imported',
          fileProblems.map((p) => ({ path: ['bytes'], code: p.code, message: p.code })),
        );
      const skip = new Set(input.skip ?? []);
      const lines = new Map(checked.rows.map((r) => [r.participant, r.line]));
      const drafts = participantsToImport(checked).filter((d) => !skip.has(lines.get(d) ?? 0));
      if (drafts.length === 0)
        throw new AppFailure('VALIDATION', 'No row can be imported', [
          { path: ['bytes'], code: 'nothing_to_import', message: 'nothing to import' },
        ]);
      const backupPath = await snapshot();
      await ctx.store().transaction((tx) => {
        for (const d of drafts) insertParticipant(tx, d);
      });
      return {
        imported: drafts.length,
        skipped: checked.rows.length - drafts.length,
        backupId: backupPath === null ? null : (backupPath.split(/[\\/]/).pop() ?? null),
      };
    },

    async exportRegister(input: {
      activityId: string;
      format: 'csv' | 'xlsx';
      language: string;
      includeDiet?: boolean | undefined;
    }): Promise<BinaryExportFile> {
      const db = ctx.store().data;
      const a = activityOf(db, input.activityId);
      const people = participantsOf(db, a.id);
      const options = {
        lang: input.language,
        organisations: new Map(db.organisations.map((o) => [o.id, o.name])),
        includeDiet: input.includeDiet ?? false,
      };
      const base = `participants-${fileSlug(a.title) || 'activity'}-${a.startDate}`;
      if (input.format === 'csv')
        return {
          fileName: `${base}.csv`,
          mimeType: 'text/csv',
          bytes: new TextEncoder().encode(participantRegisterCsv(people, options)),
        };
      return {
        fileName: `${base}.xlsx`,
        mimeType: XLSX_MIME,
        bytes: await participantRegisterXlsx(people, options),
      };
    },
  };
}
export type ParticipantTransfer = ReturnType<typeof participantTransfer>;
