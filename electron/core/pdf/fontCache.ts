import { createRequire } from 'node:module';

type FontkitModule = { create(buffer: Uint8Array, postscriptName?: string): unknown };
interface Glyph {
  codePoints: number[];
}
interface ParsedFont {
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}

/**
 * fontkit keeps each glyph it made, with the characters it was first asked for. A document's
 * subset asks for the parts of accented letters (the I of Î, the t of ț) without characters,
 * so in a shared font the next document's I would carry none, and its PDF would lose every
 * such letter from its text (copy, search, screen readers) while still showing it. A glyph
 * later asked for with its characters gets them back.
 */
function keepCharacters(font: ParsedFont): ParsedFont {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}

/**
 * pdfkit parses every font again for every document (fontkit.create), which is most of the
 * time a charter takes to print. pdfkit only reads a parsed font (each document makes its own
 * subset), so the same buffer may share one, once its glyphs keep their characters
 * (keepCharacters). fontkit's exports are
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
    if (!byName.has(key))
      byName.set(key, keepCharacters(original.create(buffer, postscriptName) as ParsedFont));
    return byName.get(key);
  };
  cached.exports = copy;
}
