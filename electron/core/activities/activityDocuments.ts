import { printableEvent } from '../../../shared/domain/activities/documents/printable';
import { fileSlug } from '../../../shared/domain/placeNames';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { buildProgrammeDoc } from '../pdf/builders/activities/buildProgrammeDoc';
import { renderPdf } from '../pdf/renderPdf';
import { noActivity } from './activities';
import type { ServiceContext } from '../context';

/** The activity's printed documents; today the day-by-day programme, in one language. */
export function activityDocuments(ctx: ServiceContext) {
  return {
    async programme(activityId: string, language: string): Promise<RenderedDocument> {
      const db = ctx.store().data;
      const a = db.activities.find((x) => x.id === activityId);
      if (!a) throw noActivity(activityId);
      const event = printableEvent(a, db.municipality[0] ?? null, db.partnerships);
      const pdf = await renderPdf(() => buildProgrammeDoc(event, [language]));
      const slug = fileSlug(a.title) || 'activity';
      return { bytes: pdf, fileName: `programme-${slug}-${a.startDate}.pdf`, mime: 'application/pdf' };
    },
  };
}
