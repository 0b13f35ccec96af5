import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { sortedProgramme, type ProgrammeDay } from '../../../../../shared/domain/activities/activity';
import { eachDay } from '../../../../../shared/domain/activities/dates';
import { formatDay } from '../../../../../shared/domain/activities/documents/format';
import { activityDocument, eventBlock, label, RULE } from './common';
import type { DocLanguages, PrintableEvent } from './types';

/** Every day from the first to the last, the days without items marked as free time. */
export function programmeDays(event: PrintableEvent): ProgrammeDay[] {
  const given = new Map(sortedProgramme(event.programme).map((d) => [d.date, d]));
  return eachDay(event.startDate, event.endDate).map((date) => given.get(date) ?? { date, items: [] });
}

/** One day as a heading and a table of times and items; a day is kept on one page where it fits. */
export function dayBlock(day: ProgrammeDay, n: number, langs: DocLanguages): Content {
  const [lang] = langs;
  const rows: TableCell[][] =
    day.items.length === 0
      ? [[{ text: '' }, { text: label(langs, (w) => w.freeDay), italics: true, color: '#555555' }]]
      : day.items.map((item) => [
          { text: item.time, bold: true, fontSize: 9.5 },
          {
            stack: [
              { text: item.title, bold: true, fontSize: 10 },
              ...(item.place ? [{ text: item.place, fontSize: 9, color: '#444444' }] : []),
              ...(item.note ? [{ text: item.note, fontSize: 9 }] : []),
            ],
          },
        ]);
  return {
    unbreakable: day.items.length <= 12,
    stack: [
      { text: `${label(langs, (w) => w.day, { n })} · ${formatDay(day.date, lang, true)}`, style: 'heading' },
      {
        table: { widths: [44, '*'], body: rows },
        layout: {
          hLineWidth: (i: number) => (i === 0 ? 0 : 0.4),
          vLineWidth: () => 0,
          hLineColor: () => RULE,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
    ],
  };
}

/** The day-by-day programme, every day from the first to the last. */
export function buildProgrammeDoc(event: PrintableEvent, langs: DocLanguages): TDocumentDefinitions {
  const title = label(langs, (w) => w.programmeTitle);
  return activityDocument(`${title}: ${event.title}`, langs, [
    { text: title, style: 'title' },
    eventBlock(event, langs, false),
    ...programmeDays(event).map((day, i) => dayBlock(day, i + 1, langs)),
  ]);
}
