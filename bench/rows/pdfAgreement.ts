import { buildAgreementDoc } from '../../electron/core/pdf/builders/buildAgreementDoc';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { buziasOrnans, sampleContent } from '../../electron/core/sample/data/agreements';
import { translatorPair } from '../../shared/domain/agreement/translator';
import { seedContent } from '../../shared/domain/agreement/seed';
import type { AgreementContent } from '../../shared/domain/agreement/model';

/** The bench's charter: the Romanian–French sample, side by side on A4, four pages. */
export function renderBenchAgreement(): Promise<Buffer> {
  const content = sampleContent(buziasOrnans);
  return renderPdf(() => buildAgreementDoc({ content, arms: [null, null] }, translatorPair(content)));
}

/** A charter between two library languages, printed as a draft (watermark and footer line). */
export function pairContent(a: string, b: string): AgreementContent {
  let n = 0;
  const party = (name: string, country: string, lang: string) => ({
    name,
    country,
    region: '',
    languages: [lang],
    resolution: { number: '12/2027', date: '2027-09-26' },
    signatories: [{ name: 'Ana Popescu', office: 'Mayor' }],
  });
  return seedContent(
    {
      parties: [party('Cluj-Napoca', 'RO', a), party('Ornans', 'FR', b)],
      objectives: [],
      signedOn: '2027-10-03',
    },
    () => `bench-${++n}`,
  );
}

export function renderPairAgreement(content: AgreementContent): Promise<Buffer> {
  return renderPdf(() =>
    buildAgreementDoc(
      { content, arms: [null, null], paper: { kind: 'draft', date: '2027-08-01', id: 'bench0001' } },
      translatorPair(content),
    ),
  );
}

// Run as a child process (`node --import tsx bench/rows/pdfAgreement.ts --cold`): prints the
// milliseconds of the first render in a fresh process, modules already loaded.
if (process.argv.includes('--cold')) {
  const started = performance.now();
  await renderBenchAgreement();
  process.stdout.write(`${performance.now() - started}\n`);
}
