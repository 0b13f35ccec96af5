import { zipSync } from 'fflate';
import { signatureLists } from '../../../shared/domain/activities/documents/lists';
import { isDocumentLanguage, type DocumentLanguage } from '../../../shared/domain/activities/documents/words';
import { countryLanguages } from '../../../shared/domain/countryLanguages';
import { fileSlug } from '../../../shared/domain/placeNames';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import type { ReportingPack, ReportingPackRequest } from '../../../shared/ipc/channels/fundingPack';
import { buildFinalReportDoc } from '../pdf/builders/activities/buildFinalReportDoc';
import { buildPublicationDoc } from '../pdf/builders/activities/buildPublicationDoc';
import { packWords } from '../pdf/builders/activities/packWords';
import { renderPdf } from '../pdf/renderPdf';
import type { ServiceContext } from '../context';
import type { FundingProgrammes } from './fundingProgrammes';
import { gatherPack } from './fundingPackData';
import { participantDocuments } from '../participants/participantDocuments';
import { participantsOf } from '../participants/participants';
import { localIsoDate } from '../today';
import { AppFailure } from '../../../shared/ipc/errors';
import { unfollowed, type TaskSteps } from '../tasks/longTasks';

const pdf = (bytes: Uint8Array, fileName: string): RenderedDocument => ({
  bytes,
  fileName,
  mime: 'application/pdf',
});

/** A name not yet taken in the pack: a town met in two activities of one title gets "-2". */
function unique(taken: Set<string>, base: string): string {
  let name = `${base}.pdf`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.pdf`;
  taken.add(name);
  return name;
}

/**
 * The languages of an invited town's signed list: the window's, then the town's own where the
 * documents speak it, so the people who sign read what they sign.
 */
export function signedListLanguages(
  windowLanguage: DocumentLanguage,
  country: string | null,
): DocumentLanguage[] {
  const own = country === null ? undefined : countryLanguages(country).find(isDocumentLanguage);
  return own && own !== windowLanguage ? [windowLanguage, own] : [windowLanguage];
}

/**
 * The reporting pack of an awarded application: the final report, the publication text and
 * the signed participant list of each invited town, one by one or together in one zip whose
 * file names are in the window's language.
 */
export function fundingReporting(ctx: ServiceContext, programmes: FundingProgrammes) {
  const lists = participantDocuments(ctx);
  const load = (applicationId: string, language: string) => {
    const db = ctx.store().data;
    const app = db.applications.find((a) => a.id === applicationId);
    if (!app) throw new AppFailure('NOT_FOUND', `No application with id ${applicationId}`);
    const programme = programmes.resolve(app.programme).programme;
    const slug = fileSlug(app.title) || 'application';
    return { db, slug, words: packWords(language), ...gatherPack(db, app, programme, language) };
  };

  type Loaded = ReturnType<typeof load>;
  const report = async (p: Loaded) =>
    pdf(
      await renderPdf(() => buildFinalReportDoc(p.report(localIsoDate(ctx.now())))),
      `${p.words.files.finalReport}-${p.slug}.pdf`,
    );
  const publication = async (p: Loaded) =>
    pdf(
      await renderPdf(() =>
        buildPublicationDoc({ ...p.header, statement: p.statement, activities: p.packActivities }),
      ),
      `${p.words.files.publication}-${p.slug}.pdf`,
    );

  return {
    finalReport: (r: ReportingPackRequest) => report(load(r.applicationId, r.language)),
    publication: (r: ReportingPackRequest) => publication(load(r.applicationId, r.language)),

    /** Every document of the pack, printed one by one (progress between them), as one zip. */
    async pack(request: ReportingPackRequest, steps: TaskSteps = unfollowed): Promise<ReportingPack> {
      const p = load(request.applicationId, request.language);
      const taken = new Set<string>();
      const jobs: { base: string; print: () => Promise<Uint8Array> }[] = [
        { base: `${p.words.files.finalReport}-${p.slug}`, print: async () => (await report(p)).bytes },
      ];
      for (const a of p.activities) {
        const activity = fileSlug(a.title) || 'activity';
        for (const list of signatureLists(participantsOf(p.db, a.id), request.language)) {
          if (list.kind !== 'invited') continue;
          jobs.push({
            base: `${p.words.files.signedList}-${activity}-${fileSlug(list.town) || 'town'}`,
            print: async () =>
              (
                await lists.participantList({
                  activityId: a.id,
                  languages: signedListLanguages(request.language, list.country),
                  list: { kind: 'invited', town: list.town, country: list.country },
                })
              ).bytes,
          });
        }
      }
      jobs.push({
        base: `${p.words.files.publication}-${p.slug}`,
        print: async () => (await publication(p)).bytes,
      });
      const files: [string, Uint8Array][] = [];
      for (const job of jobs) {
        files.push([unique(taken, job.base), await job.print()]);
        await steps.step('print', files.length, jobs.length);
      }
      const folder = `${p.words.files.pack}-${p.slug}`;
      const bytes = zipSync(Object.fromEntries(files.map(([name, b]) => [`${folder}/${name}`, b])), {
        level: 6,
      });
      return {
        bytes,
        fileName: `${folder}.zip`,
        mime: 'application/zip',
        entries: files.map(([name]) => name),
      };
    },
  };
}
export type FundingReporting = ReturnType<typeof fundingReporting>;
