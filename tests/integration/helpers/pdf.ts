import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ParsedPdf {
  pages: number;
  /** The text of each page, items joined by spaces. */
  text: string[];
  /** Each font used: its name and whether its file is inside the PDF. */
  fonts: { name: string; embedded: boolean }[];
  title: string | null;
}

interface PdfjsFont {
  name?: string;
  missingFile?: boolean;
}

/** Reads a PDF back the way a viewer would (pdfjs in Node, no poppler needed). */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const text: string[] = [];
  const fonts = new Map<string, boolean>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    await page.getOperatorList();
    for (const key of Object.keys(content.styles)) {
      const font = page.commonObjs.has(key) ? (page.commonObjs.get(key) as PdfjsFont) : null;
      if (font) fonts.set(font.name ?? key, font.missingFile === false);
    }
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  await doc.destroy();
  return {
    pages: text.length,
    text,
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
    title: info.Title ?? null,
  };
}
