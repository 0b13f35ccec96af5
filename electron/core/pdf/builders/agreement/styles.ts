import type { Margins, StyleDictionary } from 'pdfmake/interfaces';
import type { PaperSize } from '../../../../../shared/domain/agreement/model';

/** [left, top, right, bottom] in points: a wider inner (left) margin leaves room to bind. */
export const PAGE_MARGINS: Margins = [82, 68, 57, 64];

export const PAGE_SIZE: Record<PaperSize, 'A4' | 'LETTER'> = { A4: 'A4', LETTER: 'LETTER' };

export const MUTED = '#5c5c5c';
export const RULE = '#9a9a9a';

export const agreementStyles: StyleDictionary = {
  title: { font: 'NotoSerif', fontSize: 21, bold: true, alignment: 'center' },
  titleSecond: { font: 'NotoSerif', fontSize: 16, italics: true, alignment: 'center', color: MUTED },
  towns: { font: 'NotoSans', fontSize: 10.5, alignment: 'center', color: MUTED },
  article: {
    font: 'NotoSans',
    fontSize: 8.5,
    bold: true,
    alignment: 'center',
    color: MUTED,
  },
  heading: { font: 'NotoSerif', fontSize: 11, bold: true, alignment: 'center' },
  body: { lineHeight: 1.22 },
  doneAt: { italics: true },
  partyCaption: { font: 'NotoSans', fontSize: 9, bold: true, color: MUTED },
  signName: { bold: true },
  office: { fontSize: 9.5, color: MUTED },
  small: { font: 'NotoSans', fontSize: 7.5, color: MUTED },
  runningHead: { font: 'NotoSans', fontSize: 7.5, color: MUTED },
};

const PAPER_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612 };

/** Width available to the text between the margins. */
export function contentWidth(paper: PaperSize): number {
  const [left, , right] = PAGE_MARGINS as [number, number, number, number];
  return PAPER_WIDTH[paper] - left - right;
}
