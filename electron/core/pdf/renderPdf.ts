import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { shareParsedFonts } from './fontCache';
import { agreementFonts, findFontsDir } from './fonts';

// pdfmake is CommonJS exporting one instance; createRequire reaches it the same way under
// tsx, vitest and the bundled main process.
const requireHere = createRequire(import.meta.url);
shareParsedFonts(requireHere.resolve('pdfkit', { paths: [dirname(requireHere.resolve('pdfmake'))] }));
/** pdfmake's Node entry also exposes its virtual file system, which @types/pdfmake leaves out. */
interface VirtualFs {
  writeFileSync(path: string, data: Buffer): void;
}
const pdfmake = requireHere('pdfmake') as typeof import('pdfmake') & { virtualfs: VirtualFs };
const fontFiles = new Map<string, Buffer>();

/** Fonts go through pdfmake's virtual file system as buffers read once, so parsed fonts are shared. */
function loadFonts(dir: string): void {
  const fonts = agreementFonts(dir);
  for (const family of Object.values(fonts)) {
    for (const file of Object.values(family)) {
      if (typeof file !== 'string' || fontFiles.has(file)) continue;
      const data = readFileSync(file);
      fontFiles.set(file, data);
      pdfmake.virtualfs.writeFileSync(file, data);
    }
  }
  pdfmake.setFonts(fonts);
}

export interface RenderOptions {
  /** Folders pdfmake may read besides the fonts (none today: images arrive as checked bytes). */
  readableDirs?: readonly string[];
  fontsDir?: string;
}

function inside(dir: string, path: string): boolean {
  const root = resolve(dir) + sep;
  return resolve(path).startsWith(root);
}

/**
 * The only place PDFs are made: no URL is ever fetched, and only the bundled fonts and
 * the given folders may be read. Takes a factory, because pdfmake changes the definition.
 */
export async function renderPdf(
  build: () => TDocumentDefinitions,
  options: RenderOptions = {},
): Promise<Buffer> {
  const fontsDir = options.fontsDir ?? findFontsDir();
  const allowed = [fontsDir, ...(options.readableDirs ?? [])];
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.some((dir) => inside(dir, path)));
  loadFonts(fontsDir);
  return pdfmake.createPdf(build()).getBuffer();
}
