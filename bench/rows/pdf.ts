import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { measure, measureSelfTimed, row, type BenchContext, type BenchRow } from '../measure';
import { renderBenchAgreement } from './pdfAgreement';

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
  return [row('pdf.agreement.warm', 'ms', warm, 150), row('pdf.agreement.cold', 'ms', cold, 400)];
}
