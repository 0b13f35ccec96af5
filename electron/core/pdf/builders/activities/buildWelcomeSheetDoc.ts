import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatDayRange,
  joinList,
  languageName,
} from '../../../../../shared/domain/activities/documents/format';
import { documentWords, fill } from '../../../../../shared/domain/activities/documents/words';
import { programmeDays, dayBlock } from './buildProgrammeDoc';
import { activityDocument } from './common';
import type { SheetHousehold } from './buildHostSheetDoc';
import type { PrintableEvent } from './types';

export interface WelcomePage {
  /** The guest's language: each guest reads the sheet in their own. */
  lang: string;
  guest: { name: string; arrival: string | null; departure: string | null };
  household: SheetHousehold | null;
}

export interface WelcomeInput {
  event: PrintableEvent;
  organiser: { name: string; phone: string; email: string };
  pages: readonly WelcomePage[];
}

function page(input: WelcomeInput, p: WelcomePage): Content[] {
  const w = documentWords(p.lang);
  const { event } = input;
  const town = event.hostTown?.name ?? '';
  const stay = formatDayRange(p.guest.arrival ?? event.startDate, p.guest.departure ?? event.endDate, p.lang);
  const h = p.household;
  return [
    {
      text: fill(town ? w.welcome : w.welcomeNoTown, { town, name: p.guest.name }),
      style: 'title',
      fontSize: 18,
      margin: [0, 0, 0, 6],
    },
    { text: `${event.title} · ${formatDayRange(event.startDate, event.endDate, p.lang)}`, style: 'subtitle' },
    { text: fill(w.yourStay, { dates: stay }), margin: [0, 0, 0, 8] },
    ...(h
      ? [
          { text: w.yourHosts, style: 'heading' },
          { text: h.name, bold: true, fontSize: 12 },
          ...[h.contactName, h.address, h.phone, h.email].filter(Boolean).map((t): Content => ({ text: t })),
          ...(h.languages.length > 0
            ? [
                {
                  text: fill(w.hostLanguages, {
                    languages: joinList(
                      h.languages.map((l) => languageName(l, p.lang)),
                      p.lang,
                    ),
                  }),
                  margin: [0, 4, 0, 0],
                } as Content,
              ]
            : []),
        ]
      : []),
    // Whom to call, as far as the committee has said: no empty heading or line without a number.
    ...(input.organiser.name || input.organiser.phone || input.organiser.email
      ? [{ text: w.organisers, style: 'heading' } as Content]
      : []),
    ...(input.organiser.name ? [{ text: input.organiser.name }] : []),
    ...(input.organiser.phone ? [{ text: `${w.inCaseOfNeed} ${input.organiser.phone}`, bold: true }] : []),
    ...(input.organiser.email ? [{ text: input.organiser.email }] : []),
    { text: w.programme, style: 'heading', margin: [0, 14, 0, 0] },
    ...programmeDays(event).map((day, i) => dayBlock(day, i + 1, [p.lang])),
  ];
}

/** One welcome sheet per guest, in the guest's own language: hosts, stay, whom to call, the programme. */
export function buildWelcomeSheetDoc(input: WelcomeInput): TDocumentDefinitions {
  const langs = [...new Set(input.pages.map((p) => p.lang))];
  const content: Content[] = input.pages.map((p, i) => ({
    stack: page(input, p),
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return activityDocument(input.event.title, [langs[0] ?? 'en'], content, false);
}
