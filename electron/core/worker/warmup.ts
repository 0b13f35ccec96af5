import type { Content } from 'pdfmake/interfaces';
import { buildAgreementDoc } from '../pdf/builders/buildAgreementDoc';
import { renderPdf } from '../pdf/renderPdf';
import { keighleyPoix, sampleContent } from '../sample/data/agreements';
import { translatorPair } from '../../../shared/domain/agreement/translator';

/** Charter-shaped passes after the first: enough for V8 to optimise the layout and builder code. */
const CHARTER_PASSES = 4;
/** On a slow or busy machine the warm-up stops early rather than stand in front of a real request. */
const BUDGET_MS = 1500;
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
 * the layout code (twice a warm render). At start, in the worker, one page in every style
 * parses the fonts; then a few renders of a sample charter (English–French, four pages: the
 * document a secretary previews most) run the charter builder and the layout code until V8 has
 * optimised them. Between passes the worker yields, so a request that arrives meanwhile waits
 * for one pass at most (measured earlier: the first charter after 2 s went from 2.1x a warm one
 * with no warm-up to 1.6x with three small pages; bench row pdf.agreement.first-after-start).
 */
export async function warmPdfEngine(): Promise<number> {
  const started = performance.now();
  await renderPdf(() => ({
    content: warmDocument(),
    pageSize: 'A4',
    defaultStyle: { font: 'NotoSerif', fontSize: 10.5 },
    header: () => ({ text: 'Twinning Desk', font: 'NotoSans', fontSize: 7.5 }),
    footer: (page: number, count: number) => ({ text: `${page} / ${count}`, alignment: 'center' }),
  }));
  const content = sampleContent(keighleyPoix);
  const words = translatorPair(content);
  for (let pass = 0; pass < CHARTER_PASSES && performance.now() - started < BUDGET_MS; pass++) {
    await new Promise((resolve) => setImmediate(resolve));
    await renderPdf(() => buildAgreementDoc({ content, arms: [null, null] }, words));
  }
  return performance.now() - started;
}
