import { buildAgreementDoc } from '../../electron/core/pdf/builders/buildAgreementDoc';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { buziasOrnans, sampleContent } from '../../electron/cli/samples/agreements';
import { translatorPair } from '../../shared/domain/agreement/translator';

/** The bench's charter: the Romanian–French sample, side by side on A4, four pages. */
export function renderBenchAgreement(): Promise<Buffer> {
  const content = sampleContent(buziasOrnans);
  return renderPdf(() => buildAgreementDoc({ content, arms: [null, null] }, translatorPair(content)));
}

// Run as a child process (`node --import tsx bench/rows/pdfAgreement.ts --cold`): prints the
// milliseconds of the first render in a fresh process, modules already loaded.
if (process.argv.includes('--cold')) {
  const started = performance.now();
  await renderBenchAgreement();
  process.stdout.write(`${performance.now() - started}\n`);
}
