import { createRequire } from 'node:module';

type FontkitModule = { create(buffer: Uint8Array, postscriptName?: string): unknown };

/**
 * pdfkit parses every font again for every document (fontkit.create), which is most of the
 * time a charter takes to print. Parsed fonts are read-only for pdfkit (each document makes
 * its own subset), so the same buffer may share one parsed font. fontkit's exports are
 * getters, so the module's cached exports are swapped for a copy before pdfkit loads it.
 */
export function shareParsedFonts(pdfkitEntry: string): void {
  const fromPdfkit = createRequire(pdfkitEntry);
  const path = fromPdfkit.resolve('fontkit');
  const original = fromPdfkit('fontkit') as FontkitModule & Record<string, unknown>;
  const cached = fromPdfkit.cache[path];
  if (!cached || original.create.name === 'createShared') return;

  const parsed = new WeakMap<Uint8Array, Map<string, unknown>>();
  const copy: Record<string, unknown> = { ...original };
  copy.create = function createShared(buffer: Uint8Array, postscriptName?: string): unknown {
    let byName = parsed.get(buffer);
    if (!byName) parsed.set(buffer, (byName = new Map()));
    const key = postscriptName ?? '';
    if (!byName.has(key)) byName.set(key, original.create(buffer, postscriptName));
    return byName.get(key);
  };
  cached.exports = copy;
}
