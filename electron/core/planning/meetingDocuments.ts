import { formatDay } from '../../../shared/domain/activities/documents/format';
import { meetingWords } from '../../../shared/domain/meetings/documentWords';
import { fileSlug } from '../../../shared/domain/placeNames';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { AppFailure } from '../../../shared/ipc/errors';
import { buildAgendaDoc, buildMinutesDoc } from '../pdf/builders/meetings/buildMeetingDoc';
import { renderPdf } from '../pdf/renderPdf';
import type { ServiceContext } from '../context';

/** A meeting's agenda and minutes as PDF, in the UI language. */
export function meetingDocuments(ctx: ServiceContext) {
  const printable = (meetingId: string, lang: string) => {
    const db = ctx.store().data;
    const meeting = db.meetings.find((m) => m.id === meetingId);
    if (!meeting) throw new AppFailure('NOT_FOUND', `No meeting with id ${meetingId}`);
    const w = meetingWords(lang);
    const taskLines: Record<string, string> = {};
    for (const d of meeting.decisions) {
      const task = d.taskId ? db.tasks.find((t) => t.id === d.taskId) : undefined;
      if (!task) continue;
      const owner = db.members.find((m) => m.id === task.ownerId)?.name ?? task.formerOwner;
      taskLines[d.id] = [
        task.title,
        owner ? `${w.owner}${w.colon}${owner}` : '',
        task.dueDate ? `${w.due}${w.colon}${formatDay(task.dueDate, lang)}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    const home = db.municipality[0];
    return {
      meeting,
      committee: db.committeeInfo[0]?.name ?? '',
      town: home ? { name: home.name, country: home.country } : null,
      taskLines,
    };
  };
  const render = async (
    kind: 'agenda' | 'minutes',
    meetingId: string,
    lang: string,
  ): Promise<RenderedDocument> => {
    const m = printable(meetingId, lang);
    const doc = kind === 'agenda' ? buildAgendaDoc(m, lang) : buildMinutesDoc(m, lang);
    const pdf = await renderPdf(() => doc);
    const slug = fileSlug(m.meeting.title) || 'meeting';
    return { bytes: pdf, fileName: `${kind}-${slug}-${m.meeting.date}.pdf`, mime: 'application/pdf' };
  };
  return {
    agenda: (meetingId: string, lang: string) => render('agenda', meetingId, lang),
    minutes: (meetingId: string, lang: string) => render('minutes', meetingId, lang),
  };
}
