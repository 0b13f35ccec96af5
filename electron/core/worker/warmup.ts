import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/renderPdf';

const WARM_PASSES = 3;
const FAMILIES = ['NotoSerif', 'NotoSans'] as const;
const STYLES = [{}, { bold: true }, { italics: true }, { bold: true, italics: true }];
const SAMPLE =
  'Înfrățire între orașe · Städtepartnerschaft · Charte de jumelage · Ἀδελφοποίηση · Побратимяване. ' +
  'Les communes s’engagent à favoriser les échanges entre leurs habitants, 1 234,50 € « ensemble ».';

/** A page shaped like a charter: two columns of text, a table of signatures, every style. */
function warmDocument(): Content[] {
  const paragraph = (font: (typeof FAMILIES)[number], style: object): Content => ({
    text: `${SAMPLE} ${SAMPLE}`,
    font,
    ...style,
    margin: [0, 0, 0, 6],
  });
  const columns: Content = {
    columns: FAMILIES.map((font) => ({ width: '*', stack: STYLES.map((style) => paragraph(font, style)) })),
    columnGap: 18,
  };
  const signatures: Content = {
    table: {
      widths: ['*', '*'],
      body: [
        [
          { text: 'Primar', bold: true },
          { text: 'Maire', bold: true },
        ],
        [
          { text: 'Ana Popescu', italics: true },
          { text: 'Hélène Fournier', italics: true },
        ],
      ],
    },
    layout: 'noBorders',
  };
  return [columns, signatures];
}

/**
 * The first PDF in a fresh thread pays for loading pdfmake, parsing every font and compiling
 * the layout code (twice a warm render). Rendering one page shaped like a charter three times
 * at start, in the worker, pays most of that before a secretary asks for a preview (measured:
 * the first charter after 2 s went from 2.1x to 1.6x a warm one); longer documents would still
 * be rendering when she does, on a slow machine.
 */
export async function warmPdfEngine(): Promise<number> {
  const started = performance.now();
  // The first pass loads and parses; the next ones let V8 optimise the layout code.
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    await renderPdf(() => ({
      content: warmDocument(),
      pageSize: 'A4',
      defaultStyle: { font: 'NotoSerif', fontSize: 10.5 },
      header: () => ({ text: 'Twinning Desk', font: 'NotoSans', fontSize: 7.5 }),
      footer: (page: number, count: number) => ({ text: `${page} / ${count}`, alignment: 'center' }),
    }));
  }
  return performance.now() - started;
}
