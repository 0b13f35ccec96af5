import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  countryName,
  formatDay,
  formatDayRange,
  joinList,
  languageName,
} from '../../../../../shared/domain/activities/documents/format';
import { activityDocument, eventBlock, label, RULE } from './common';
import type { DocLanguages, PrintableEvent } from './types';

export interface SheetGuest {
  name: string;
  town: string;
  country: string | null;
  arrival: string | null;
  departure: string | null;
  phone: string;
}

export interface SheetHousehold {
  name: string;
  contactName: string;
  address: string;
  phone: string;
  email: string;
  languages: readonly string[];
}

export interface HostSheetInput {
  event: PrintableEvent;
  stays: readonly { household: SheetHousehold; guests: readonly SheetGuest[] }[];
  /** Guests without a host yet, so the sheet never hides a gap. */
  unplaced: readonly SheetGuest[];
  langs: DocLanguages;
}

function stayDates(g: SheetGuest, event: PrintableEvent, lang: string): string {
  const from = g.arrival ?? event.startDate;
  const to = g.departure ?? event.endDate;
  return from <= to ? formatDayRange(from, to, lang) : `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}

function guestLines(guests: readonly SheetGuest[], event: PrintableEvent, lang: string): Content {
  return {
    stack: guests.map((g) => ({
      margin: [0, 0, 0, 3],
      stack: [
        { text: g.name, bold: true, fontSize: 9.5 },
        {
          text: [
            `${g.town}${g.country ? `, ${countryName(g.country, lang)}` : ''}`,
            stayDates(g, event, lang),
            g.phone,
          ]
            .filter(Boolean)
            .join(' · '),
          fontSize: 8.5,
          color: '#444444',
        },
      ],
    })),
  };
}

/** Who stays where, with the contacts the organisers need during the visit. */
export function buildHostSheetDoc(input: HostSheetInput): TDocumentDefinitions {
  const { event, langs } = input;
  const [lang] = langs;
  const title = label(langs, (w) => w.hostSheet);
  const guests = input.stays.reduce((n, s) => n + s.guests.length, 0);
  const header: TableCell[] = [
    { text: label(langs, (w) => w.household), style: 'tableHeader' },
    { text: label(langs, (w) => w.guests), style: 'tableHeader' },
  ];
  const rows: TableCell[][] = [...input.stays]
    .sort((a, b) => a.household.name.localeCompare(b.household.name, lang))
    .map(({ household: h, guests: gs }) => [
      {
        stack: [
          { text: h.name, bold: true, fontSize: 10 },
          ...[h.contactName, h.address, h.phone, h.email]
            .filter(Boolean)
            .map((t) => ({ text: t, fontSize: 8.5 })),
          ...(h.languages.length > 0
            ? [
                {
                  text: joinList(
                    h.languages.map((l) => languageName(l, lang)),
                    lang,
                  ),
                  fontSize: 8.5,
                  color: '#555555',
                },
              ]
            : []),
        ],
      },
      guestLines(gs, event, lang),
    ]);
  const content: Content[] = [
    { text: title, style: 'title' },
    eventBlock(event, langs, false),
    {
      text: label(langs, (w) => w.hostSummary, { guests, households: input.stays.length }),
      style: 'subtitle',
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [200, '*'], body: [header, ...rows] },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => RULE,
        vLineColor: () => RULE,
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
    },
  ];
  if (input.unplaced.length > 0)
    content.push(
      {
        text: `${label(langs, (w) => w.notPlaced)}: ${input.unplaced.length}`,
        style: 'heading',
        color: '#9a1c1c',
      },
      guestLines(input.unplaced, event, lang),
    );
  return activityDocument(`${title}: ${event.title}`, langs, content);
}
