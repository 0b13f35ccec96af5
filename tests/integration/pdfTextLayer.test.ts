import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../electron/core/pdf/renderPdf';

const dir = mkdtempSync(join(tmpdir(), 'twinning-pdf-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a secretary gets when she copies the page's text, or a funder's system searches it. */
function copiedText(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const doc =
  (text: string, bold = false): (() => TDocumentDefinitions) =>
  () => ({ content: [{ text, bold }], defaultStyle: { font: 'NotoSans' } });

describe('the text inside every printed PDF', () => {
  it('keeps every letter after a Romanian document was printed first, as the worker prints one after another', async () => {
    const romanian = 'Carta de înfrățire între ÎNFRĂȚIRE și Âmbele, semnată la Sibiu';
    expect(copiedText(await renderPdf(doc(romanian)), 'ro.pdf')).toContain(romanian);
    expect(copiedText(await renderPdf(doc(romanian, true)), 'ro-bold.pdf')).toContain(romanian);

    const english = 'Actual spending on Accommodation, paid by Ioana Popescu in Sibiu';
    expect(copiedText(await renderPdf(doc(english)), 'en.pdf')).toContain(english);
    expect(copiedText(await renderPdf(doc(english, true)), 'en-bold.pdf')).toContain(english);
  });
});
