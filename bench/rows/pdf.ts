import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { measure, measureSelfTimed, row, type BenchContext, type BenchRow } from '../measure';
import { pairContent, renderBenchAgreement, renderPairAgreement } from './pdfAgreement';

function coldRender(root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench', 'rows', 'pdfAgreement.ts'), '--cold'],
      { cwd: root },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(out.trim());
      if (code === 0 && Number.isFinite(ms)) resolve(ms);
      else reject(new Error(`The cold PDF render exited with ${code}: ${out}`));
    });
  });
}

/** A 4-page bilingual charter: again and again in one process, and first thing in a new one. */
export async function pdfAgreement(ctx: BenchContext): Promise<BenchRow[]> {
  const warm = await measure(() => renderBenchAgreement(), { warmup: 5, runs: 20 });
  const cold = await measureSelfTimed(() => coldRender(ctx.root), { warmup: 0, runs: 5 });
  // "Any language pair": Latin with many diacritics (Central European, then Baltic), and
  // Cyrillic beside Greek.
  const pairs: [string, string][] = [
    ['hu', 'pl'],
    ['lv', 'lt'],
    ['bg', 'el'],
  ];
  const pairRows: BenchRow[] = [];
  for (const [a, b] of pairs) {
    const content = pairContent(a, b);
    const ms = await measure(() => renderPairAgreement(content), { warmup: 3, runs: 12 });
    pairRows.push(row(`pdf.agreement.warm.${a}-${b}`, 'ms', ms, 150));
  }
  return [
    row('pdf.agreement.warm', 'ms', warm, 150),
    ...pairRows,
    row('pdf.agreement.cold', 'ms', cold, 400),
  ];
}
