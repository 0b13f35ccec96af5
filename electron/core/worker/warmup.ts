import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/renderPdf';

const FAMILIES = ['NotoSerif', 'NotoSans'] as const;
const STYLES = [{}, { bold: true }, { italics: true }, { bold: true, italics: true }];

/**
 * The first PDF in a fresh process pays for loading pdfmake's modules and parsing every
 * font (several hundred milliseconds). One page touching each family and style the charter
 * uses pays that at start, in the worker, before a secretary asks for a preview.
 */
export async function warmPdfEngine(): Promise<number> {
  const started = performance.now();
  const content: Content[] = FAMILIES.flatMap((font) =>
    STYLES.map((style) => ({ text: 'Înfrățire · Städtepartnerschaft · jumelage 1 234,5 €', font, ...style })),
  );
  await renderPdf(() => ({ content, defaultStyle: { font: 'NotoSerif', fontSize: 10 } }));
  return performance.now() - started;
}
