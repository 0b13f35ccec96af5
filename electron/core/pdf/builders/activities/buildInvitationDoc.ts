import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  countryName,
  formatDay,
  formatDayRange,
} from '../../../../../shared/domain/activities/documents/format';
import { documentWords, fill } from '../../../../../shared/domain/activities/documents/words';
import { activityDocument, placeLine, programmeSummary } from './common';
import type { PrintableEvent } from './types';

export interface InvitationInput {
  event: PrintableEvent;
  /** Who invites: the committee or the town hall, as it signs its letters. */
  host: { name: string; town: string };
  invitedTown: { name: string; country: string };
  signatory: { name: string; office: string };
  letterDate: string;
  replyBy: string | null;
  /** The host town's language first, then the invited town's: the letter in full in each. */
  langs: readonly [string, string];
}

function letter(input: InvitationInput, lang: string): Content[] {
  const w = documentWords(lang);
  const { event } = input;
  const paragraphs = [
    fill(w.inviteBody, {
      host: input.host.name,
      town: input.invitedTown.name,
      title: event.title,
      kind: w.kinds[event.kind],
      dates: formatDayRange(event.startDate, event.endDate, lang),
      place: event.hostTown?.name ?? placeLine(event, lang),
    }),
    w.programmeBelow,
    ...(input.replyBy ? [fill(w.replyBy, { date: formatDay(input.replyBy, lang) })] : []),
    w.lookForward,
  ];
  return [
    { text: input.host.name, bold: true, fontSize: 10 },
    { text: input.host.town, fontSize: 10, color: '#555555' },
    {
      text: `${input.host.town}, ${formatDay(input.letterDate, lang)}`,
      alignment: 'right',
      margin: [0, 18, 0, 18],
    },
    {
      text: `${input.invitedTown.name} (${countryName(input.invitedTown.country, lang)})`,
      margin: [0, 0, 0, 18],
    },
    { text: w.invitation, style: 'title', margin: [0, 0, 0, 14] },
    { text: fill(w.dearFriends, { town: input.invitedTown.name }), style: 'letter', margin: [0, 0, 0, 10] },
    ...paragraphs.slice(0, 2).map((p): Content => ({ text: p, style: 'letter', margin: [0, 0, 0, 10] })),
    {
      stack: programmeSummary(event, lang).map((line) => ({ text: `–  ${line}`, fontSize: 10 })),
      margin: [12, 0, 0, 10],
    },
    ...paragraphs.slice(2).map((p): Content => ({ text: p, style: 'letter', margin: [0, 0, 0, 10] })),
    { text: w.closing, style: 'letter', margin: [0, 12, 0, 40] },
    { text: input.signatory.name, bold: true },
    { text: input.signatory.office, color: '#555555' },
  ];
}

/** The invitation letter, once in full in each of the two towns' languages, each on its own page. */
export function buildInvitationDoc(input: InvitationInput): TDocumentDefinitions {
  const [first, second] = input.langs;
  const pages = first === second ? [first] : [first, second];
  const content: Content[] = pages.map((lang, i) => ({
    stack: letter(input, lang),
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const title = pages.map((l) => documentWords(l).invitation).join(' / ');
  return activityDocument(`${title}: ${input.event.title}`, input.langs, content, false);
}
