import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { timelineWords, type TimelineWords } from '../../../../../shared/domain/timeline/documentWords';
import { dayInPeriod, periodLabel } from '../../../../../shared/domain/timeline/labels';
import type { Timeline, TimelineItem, TimelineKind } from '../../../../../shared/domain/timeline/timeline';
import {
  bucketRow,
  pageChunks,
  periods,
  PRINT_COLUMNS,
  type Zoom,
} from '../../../../../shared/domain/timeline/zoom';

const MARGINS: [number, number, number, number] = [32, 36, 32, 40];

/** One colour per kind, the same on the screen's badges; the legend names them. */
export const KIND_COLOURS: Readonly<Record<TimelineKind, string>> = {
  signing: '#1864ab',
  anniversary: '#d9480f',
  milestone: '#862e9c',
  action: '#2b8a3e',
  activity: '#212529',
  deadline: '#c92a2a',
};

export interface PrintableTimeline {
  timeline: Timeline;
  zoom: Zoom;
  committee: string;
  /** The day it is printed, already written in the document's language. */
  printedOn: string;
}

function itemText(item: TimelineItem, w: TimelineWords, zoom: Zoom, lang: string): Content {
  const label =
    item.kind === 'anniversary'
      ? w.years(Number(item.detail))
      : item.kind === 'signing'
        ? [w.kinds.signing, item.title].filter(Boolean).join(' · ')
        : item.kind === 'deadline' && item.until
          ? `${item.title} (${w.funder.replace('{date}', dayInPeriod(item.until, 'year', lang))})`
          : item.title;
  return {
    text: [
      // Known by its year alone: by quarter or month it sits in the year's first column, so say the year.
      ...(item.date
        ? [{ text: `${dayInPeriod(item.date, zoom, lang)} `, color: '#555555' }]
        : zoom === 'year'
          ? []
          : [{ text: `${item.year} `, color: '#555555' }]),
      { text: label, color: KIND_COLOURS[item.kind] },
    ],
    fontSize: 7,
    margin: [0, 0, 0, 2],
  };
}

function legend(w: TimelineWords): Content {
  return {
    text: (Object.keys(KIND_COLOURS) as TimelineKind[]).flatMap((k, i) => [
      ...(i > 0 ? [{ text: '   ' }] : []),
      // Noto Sans has the bullet, not the geometric squares and circles.
      { text: '• ', color: KIND_COLOURS[k], bold: true, fontSize: 11 },
      { text: w.kinds[k], color: '#333333' },
    ]),
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

/**
 * The timeline for the council on A4 landscape: a row per partnership, a column per year,
 * quarter or month, whole years to a page (ten years, two years of quarters, one of months),
 * the names repeated on every page.
 */
export function buildTimelineDoc(p: PrintableTimeline, lang: string): TDocumentDefinitions {
  const w = timelineWords(lang);
  const { timeline, zoom } = p;
  const columns = periods(timeline.fromYear, timeline.toYear, zoom);
  const buckets = timeline.rows.map((row) => bucketRow(row, timeline.fromYear, timeline.toYear, zoom));
  const empty = timeline.rows.every((r) => r.items.length === 0);
  const pages: Content[] = pageChunks(columns, PRINT_COLUMNS[zoom]).map((chunk, n) => {
    const header: TableCell[] = [
      { text: w.partnership, bold: true, fontSize: 8 },
      ...chunk.map((c) => ({ text: periodLabel(c, zoom, lang, w.quarter), bold: true, fontSize: 8 })),
    ];
    const body: TableCell[][] = timeline.rows.map((row, r) => [
      { text: row.partnershipId === null ? w.noLink : row.title, bold: true, fontSize: 8 },
      ...chunk.map((c) => ({
        stack: (buckets[r]!.get(c.index) ?? []).map((i) => itemText(i, w, zoom, lang)),
      })),
    ]);
    return {
      table: { headerRows: 1, widths: [105, ...chunk.map(() => '*')], body: [header, ...body] },
      layout: {
        hLineColor: () => '#bbbbbb',
        vLineColor: () => '#dddddd',
        fillColor: (row: number) => (row === 0 ? '#f1f3f5' : null),
      },
      ...(n > 0 ? { pageBreak: 'before' as const } : {}),
    };
  });
  const title = w.title;
  const years =
    timeline.fromYear === timeline.toYear
      ? String(timeline.fromYear)
      : `${timeline.fromYear}–${timeline.toYear}`;
  const span = w.span[zoom].replace('{years}', years);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    language: lang,
    info: { title: `${title} ${span}`, creator: 'Twinning Desk', producer: 'Twinning Desk (pdfmake)' },
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: w.printed.replace('{date}', p.printedOn) },
        {
          text: w.page.replace('{page}', String(page)).replace('{pages}', String(pages)),
          alignment: 'right',
        },
      ],
      fontSize: 7.5,
      color: '#555555',
      margin: [MARGINS[0], 14, MARGINS[2], 0],
    }),
    content: [
      ...(p.committee ? [{ text: p.committee, fontSize: 10, color: '#555555' } as Content] : []),
      { text: title, fontSize: 15, bold: true },
      { text: span, fontSize: 10, color: '#555555', margin: [0, 0, 0, 6] },
      legend(w),
      ...(empty || timeline.rows.length === 0 ? [{ text: w.empty, italics: true } as Content] : pages),
    ],
    defaultStyle: { font: 'NotoSans', fontSize: 9, color: '#1a1a1a' },
  };
}
