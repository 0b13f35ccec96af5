import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AgreementContent } from '../../shared/domain/agreement/model';
import { translatorPair } from '../../shared/domain/agreement/translator';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { createBackend, type Backend } from '../core/backend';
import { buildAgreementDoc } from '../core/pdf/builders/buildAgreementDoc';
import { renderPdf } from '../core/pdf/renderPdf';
import { STORE_FILE } from '../core/store/openStore';
import { readFlag } from './args';
import {
  buziasOrnans,
  keighleyPoix,
  sampleContent,
  type SampleAgreement,
} from '../core/sample/data/agreements';
import { sampleCommittees, type SampleCommittee } from '../core/sample/data/committees';

async function must<C extends Channel>(backend: Backend, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok)
    throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
  return result.data as Output<C>;
}

/** One committee's data folder with its partnership and saved charter, and the charter as a PDF. */
async function writeSample(
  dataDir: string,
  committee: SampleCommittee,
  sample: SampleAgreement,
): Promise<string[]> {
  const backend = await createBackend({ dataDir, transport: 'browser', appVersion: 'demo' });
  try {
    await must(backend, 'municipality:save', committee.municipality);
    await must(backend, 'committee:save', committee.committee);
    const partnership = await must(backend, 'partnership:save', committee.partnership);
    const content: AgreementContent = sampleContent(sample);
    await must(backend, 'agreement:save', { partnershipId: partnership.id, content });
    // Rendered here rather than through agreement:render so invented data can carry a SAMPLE mark.
    const pdf = await renderPdf(() =>
      buildAgreementDoc(
        { content, arms: [null, null], watermark: sample.watermark },
        translatorPair(content),
      ),
    );
    const pdfPath = join(dataDir, '..', `${sample.slug}.pdf`);
    await writeFile(pdfPath, pdf);
    return [join(dataDir, STORE_FILE), resolve(pdfPath)];
  } finally {
    await backend.close();
  }
}

/** `npm run demo -- --out DIR`: sample data folders and their charters, without a display. */
async function main(argv: string[]): Promise<void> {
  const flag = readFlag(argv, 'out');
  if (!flag) {
    console.error('Usage: npm run demo -- --out DIR');
    process.exit(2);
  }
  const out = resolve(flag);
  const samples = [
    { folder: 'keighley', committee: sampleCommittees.keighley, agreement: keighleyPoix },
    { folder: 'buzias-sample', committee: sampleCommittees.buzias, agreement: buziasOrnans },
  ];
  for (const { folder } of samples) {
    if (existsSync(join(out, folder, STORE_FILE))) {
      console.error(`${join(out, folder)} already holds a store; choose an empty folder for the demo.`);
      process.exit(3);
    }
  }
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const s of samples)
    written.push(...(await writeSample(join(out, s.folder), s.committee, s.agreement)));
  for (const path of written) console.log(path);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error('The demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
