import { formatDay } from '../../../shared/domain/activities/documents/format';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { buildTimelineDoc } from '../pdf/builders/timeline/buildTimelineDoc';
import { renderPdf } from '../pdf/renderPdf';
import type { ServiceContext } from '../context';
import type { TimelineService } from './timeline';
import { localIsoDate } from '../today';

export interface TimelineDocumentParams {
  fromYear: number;
  toYear: number;
  zoom: Zoom;
  language: string;
}

/** The timeline of all partnerships as a PDF for the council, A4 landscape, in the UI language. */
export function timelineDocument(ctx: ServiceContext, timeline: TimelineService) {
  return {
    async render({ fromYear, toYear, zoom, language }: TimelineDocumentParams): Promise<RenderedDocument> {
      const printable = {
        timeline: timeline.get({ fromYear, toYear }),
        zoom,
        committee: ctx.store().data.committeeInfo[0]?.name ?? '',
        printedOn: formatDay(localIsoDate(ctx.now()), language),
      };
      const pdf = await renderPdf(() => buildTimelineDoc(printable, language));
      return { bytes: pdf, fileName: `timeline-${fromYear}-${toYear}-${zoom}.pdf`, mime: 'application/pdf' };
    },
  };
}
