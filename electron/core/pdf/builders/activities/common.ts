import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { sortedProgramme } from '../../../../../shared/domain/activities/activity';
import {
  countryName,
  formatDay,
  formatDayRange,
} from '../../../../../shared/domain/activities/documents/format';
import {
  documentWords,
  fill,
  type DocumentWords,
} from '../../../../../shared/domain/activities/documents/words';
import { endsWithTown } from '../../../../../shared/domain/placeNames';
import type { DocLanguages, PrintableEvent } from './types';

export const MARGINS: [number, number, number, number] = [50, 50, 50, 56];
/** A4 width less the margins. */
export const CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];
export const MUTED = '#555555';
export const RULE = '#8a8a8a';

export const activityStyles: StyleDictionary = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, color: MUTED, margin: [0, 0, 0, 10] },
  heading: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
  label: { fontSize: 8.5, color: MUTED },
  tableHeader: { fontSize: 8.5, bold: true, color: '#222222' },
  cell: { fontSize: 9.5 },
  small: { fontSize: 7.5, color: MUTED },
  letter: { font: 'NotoSerif', fontSize: 11, lineHeight: 1.3 },
};

/** A label in every document language, joined: "Name / Nume". */
export function label(
  langs: DocLanguages,
  pick: (w: DocumentWords) => string,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return [...new Set(langs.map((l) => fill(pick(documentWords(l)), vars)))].join(' / ');
}

/**
 * "Casa Tineretului, Str. Mitropoliei 10, Sibiu (Romania)": the venue, its address and the
 * host town with its country; an address that ends with the town already gets only the country.
 */
export function placeLine(event: PrintableEvent, lang: string): string {
  const { venue, hostTown } = event;
  const country = hostTown ? ` (${countryName(hostTown.country, lang)})` : '';
  const parts =
    hostTown && endsWithTown(venue.address, hostTown.name)
      ? [venue.name, `${venue.address.trim()}${country}`]
      : [venue.name, venue.address, hostTown ? `${hostTown.name}${country}` : ''];
  return parts.filter((s) => s.trim() !== '').join(', ');
}

/** Each programme day in one line: "10 June 2027: Welcome dinner; Town hall reception". */
export function programmeSummary(event: PrintableEvent, lang: string): string[] {
  return sortedProgramme(event.programme)
    .filter((d) => d.items.length > 0)
    .map((d) => `${formatDay(d.date, lang)}: ${d.items.map((i) => i.title).join('; ')}`);
}

/** The event's title, kind, dates, place and programme summary, as the top of a list or sheet. */
export function eventBlock(event: PrintableEvent, langs: DocLanguages, withProgramme = true): Content {
  const [lang] = langs;
  const row = (key: string, value: string | string[]): Content[] => [
    { text: key, style: 'label' },
    Array.isArray(value)
      ? { stack: value.map((v) => ({ text: v })), fontSize: 9 }
      : { text: value, fontSize: 9.5 },
  ];
  const rows: Content[][] = [
    row(
      label(langs, (w) => w.event),
      `${event.title} · ${label(langs, (w) => w.kinds[event.kind])}`,
    ),
    row(
      label(langs, (w) => w.dates),
      formatDayRange(event.startDate, event.endDate, lang),
    ),
    row(
      label(langs, (w) => w.place),
      placeLine(event, lang),
    ),
  ];
  const summary = withProgramme ? programmeSummary(event, lang) : [];
  if (summary.length > 0)
    rows.push(
      row(
        label(langs, (w) => w.programme),
        summary,
      ),
    );
  return {
    table: { widths: [110, '*'], body: rows },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

export function pageFooter(langs: DocLanguages) {
  return (page: number, pages: number): Content => ({
    text: label(langs, (w) => w.page, { page, pages }),
    style: 'small',
    alignment: 'center',
    margin: [MARGINS[0], 22, MARGINS[2], 0],
  });
}

/**
 * The frame every activity document shares: A4, Noto Sans, pages numbered in its languages
 * (letters and per-guest sheets are not numbered: each page stands alone).
 */
export function activityDocument(
  title: string,
  langs: DocLanguages,
  content: Content[],
  numbered = true,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: langs[0],
    info: { title, creator: 'Twinning Desk', producer: 'Twinning Desk (pdfmake)' },
    ...(numbered ? { footer: pageFooter(langs) } : {}),
    content,
    styles: activityStyles,
    defaultStyle: { font: 'NotoSans', fontSize: 10, color: '#1a1a1a' },
  };
}
