import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ACCENT, MUTED, lang, note, type Lang } from './format';
import { financeSection } from './financeSection';
import { glance, titleBlock } from './overview';
import { partnershipSection } from './partnershipSection';
import type { AnnualReportInput } from './types';

const MARGINS: [number, number, number, number] = [50, 58, 50, 56];

/** The whole report in one language. */
function body(input: AnnualReportInput, l: Lang): Content[] {
  const { content } = input;
  return [
    ...titleBlock(input, l),
    glance(content.totals, l),
    ...(content.partnerships.length === 0
      ? [
          note(l.fill(l.w.noPartnerships, { year: content.year })),
          { text: '', margin: [0, 0, 0, 12] } as Content,
        ]
      : content.partnerships.flatMap((p) => partnershipSection(p, content.year, l))),
    ...financeSection(input.finance, content.year, l),
  ];
}

const joined = (langs: readonly Lang[], pick: (l: Lang) => string) =>
  [...new Set(langs.map(pick))].join(' / ');

/**
 * The annual report a committee presents to its general assembly and the town council, as a
 * pdfmake definition: per partnership what was planned and done, the activities with their
 * participants per country and the youth share, the themes served and the health of the link,
 * then the year's money. In two languages the whole report comes once in each, the second
 * starting on a new page. Pure; a fresh definition on every call.
 */
export function buildAnnualReportDoc(input: AnnualReportInput): TDocumentDefinitions {
  const langs = (input.languages.length > 0 ? input.languages : ['en']).slice(0, 2).map(lang);
  const title = joined(langs, (l) => l.fill(l.w.title, { year: input.content.year }));
  const content: Content[] = langs.flatMap((l, i) => {
    const part = body(input, l);
    return i === 0 ? part : [{ stack: part, pageBreak: 'before' } as Content];
  });
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: langs[0]?.code ?? 'en',
    info: {
      title: input.committee.name ? `${title}: ${input.committee.name}` : title,
      creator: 'Twinning Desk',
      producer: 'Twinning Desk (pdfmake)',
    },
    header: (page: number): Content =>
      page === 1
        ? { text: '' }
        : {
            columns: [
              { text: input.committee.name || input.committee.town, style: 'running' },
              { text: title, style: 'running', alignment: 'right' },
            ],
            margin: [MARGINS[0], 26, MARGINS[2], 0],
          },
    footer: (page: number, pages: number): Content => ({
      text: joined(langs, (l) => l.fill(l.w.page, { page, pages })),
      style: 'running',
      alignment: 'center',
      margin: [MARGINS[0], 24, MARGINS[2], 0],
    }),
    content,
    styles: {
      committee: { fontSize: 15, bold: true, color: ACCENT },
      town: { fontSize: 10.5, color: MUTED },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
      section: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 8, 0, 4] },
      partnership: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 6, 0, 1] },
      sub: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
      note: { fontSize: 8.5, italics: true, color: '#444444', margin: [0, 0, 0, 2] },
      tableHead: { bold: true, fontSize: 8, color: '#333333' },
      running: { fontSize: 8, color: MUTED },
    },
    defaultStyle: { font: 'NotoSans', fontSize: 9, color: '#1a1a1a' },
  };
}
