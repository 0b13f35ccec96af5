import { sampleAnnualReportInput } from '../../electron/core/documents/sampleAnnualReport';
import { buildAnnualReportDoc } from '../../electron/core/pdf/builders/annual/buildAnnualReportDoc';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { measure, row, type BenchRow } from '../measure';

/**
 * The sample committee's annual report in Romanian (two links, their plan, activities with
 * participants per country, the year's money), gathered, built and rendered again and again.
 */
export async function pdfAnnualReport(): Promise<BenchRow[]> {
  const warm = await measure(() => renderPdf(() => buildAnnualReportDoc(sampleAnnualReportInput(['ro']))), {
    warmup: 5,
    runs: 20,
  });
  return [row('pdf.annual-report', 'ms', warm, 300)];
}
