import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { countryName, formatDay } from '../../../../../shared/domain/activities/documents/format';
import { meetingWords } from '../../../../../shared/domain/meetings/documentWords';
import type { Meeting } from '../../../../../shared/domain/meetings/meeting';
import { richTextToPdf } from './richTextToPdf';

const MARGINS: [number, number, number, number] = [50, 50, 50, 56];
const styles: StyleDictionary = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  heading: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
  committee: { fontSize: 12.5, bold: true, color: '#1f3a5f' },
  town: { fontSize: 9.5, color: '#555555', margin: [0, 0, 0, 4] },
  label: { fontSize: 8.5, color: '#555555' },
  small: { fontSize: 7.5, color: '#555555' },
};

export interface PrintableMeeting {
  meeting: Meeting;
  /** The committee's name, '' when its profile is not filled in. */
  committee: string;
  /** The home town, for the letterhead: null when not set. */
  town: { name: string; country: string } | null;
  /** For each decision made a task: "Ana Pop, due 10 June 2027". */
  taskLines: Readonly<Record<string, string>>;
}

/** Who writes: the committee's name, then its town and country, over a rule. */
function letterhead(m: PrintableMeeting, lang: string): Content[] {
  const town = m.town ? `${m.town.name}, ${countryName(m.town.country, lang)}` : '';
  if (!m.committee && !town) return [];
  return [
    ...(m.committee ? [{ text: m.committee, style: 'committee' } as Content] : []),
    ...(town ? [{ text: town, style: 'town' } as Content] : []),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 495, y2: 0, lineWidth: 0.8, lineColor: '#1f3a5f' }],
      margin: [0, 2, 0, 10],
    },
  ];
}

function header(m: PrintableMeeting, title: string, lang: string, before = false): Content[] {
  const w = meetingWords(lang);
  const { meeting } = m;
  const members = meeting.attendees.filter((a) => a.memberId !== null).map((a) => a.name);
  const guests = meeting.attendees.filter((a) => a.memberId === null).map((a) => a.name);
  const time = [meeting.startTime, meeting.endTime].filter(Boolean).join('–');
  const rows: [string, string][] = [
    [w.date, formatDay(meeting.date, lang, true)],
    ...(time ? [[w.time, time] as [string, string]] : []),
    ...(meeting.place ? [[w.place, meeting.place] as [string, string]] : []),
    ...(members.length ? [[before ? w.invited : w.present, members.join(', ')] as [string, string]] : []),
    ...(guests.length ? [[w.guests, guests.join(', ')] as [string, string]] : []),
  ];
  return [
    ...letterhead(m, lang),
    { text: `${title}${w.colon}${meeting.title}`, style: 'title' },
    {
      table: {
        widths: [90, '*'],
        body: rows.map(([k, v]) => [
          { text: k, style: 'label' },
          { text: v, fontSize: 9.5 },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 4, 0, 10],
    },
  ];
}

function frame(title: string, lang: string, content: Content[]): TDocumentDefinitions {
  const w = meetingWords(lang);
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: lang,
    info: { title, creator: 'Twinning Desk', producer: 'Twinning Desk (pdfmake)' },
    footer: (page: number, pages: number): Content => ({
      text: w.page.replace('{page}', String(page)).replace('{pages}', String(pages)),
      style: 'small',
      alignment: 'center',
      margin: [MARGINS[0], 22, MARGINS[2], 0],
    }),
    content,
    styles,
    defaultStyle: { font: 'NotoSans', fontSize: 10, color: '#1a1a1a' },
  };
}

const agendaList = (m: Meeting): Content => ({
  ol: m.agenda.map((a) => ({
    stack: [
      { text: a.title, bold: true },
      ...(a.note ? [{ text: a.note, fontSize: 9, color: '#444444' }] : []),
    ],
    margin: [0, 0, 0, 4],
  })),
});

/** The agenda to hand out before the meeting. */
export function buildAgendaDoc(m: PrintableMeeting, lang: string): TDocumentDefinitions {
  const w = meetingWords(lang);
  return frame(`${w.agenda}${w.colon}${m.meeting.title}`, lang, [
    ...header(m, w.agenda, lang, true),
    agendaList(m.meeting),
  ]);
}

/** The minutes: who was there, the agenda, the formatted minutes, the decisions and their tasks. */
export function buildMinutesDoc(m: PrintableMeeting, lang: string): TDocumentDefinitions {
  const w = meetingWords(lang);
  const body = richTextToPdf(m.meeting.minutes.content);
  return frame(`${w.minutes}${w.colon}${m.meeting.title}`, lang, [
    ...header(m, w.minutes, lang),
    ...(m.meeting.agenda.length
      ? [{ text: w.agenda, style: 'heading' } as Content, agendaList(m.meeting)]
      : []),
    { text: w.minutes, style: 'heading' },
    ...(body.length ? body : [{ text: w.noMinutes, italics: true, color: '#555555' } as Content]),
    ...(m.meeting.decisions.length
      ? [
          { text: w.decisions, style: 'heading' } as Content,
          {
            ol: m.meeting.decisions.map((d) => ({
              stack: [
                { text: d.text },
                ...(m.taskLines[d.id]
                  ? [{ text: `${w.task}${w.colon}${m.taskLines[d.id]}`, fontSize: 9, color: '#444444' }]
                  : []),
              ],
              margin: [0, 0, 0, 4],
            })),
          } as Content,
        ]
      : []),
  ]);
}
