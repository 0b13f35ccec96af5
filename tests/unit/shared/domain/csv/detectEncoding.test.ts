import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding } from '../../../../../shared/domain/csv/detectEncoding';

/** Bytes as Windows and ISO code pages write them, built from a table of the letters used here. */
const CP1250: Record<string, number> = {
  ł: 0xb3,
  ś: 0x9c,
  ő: 0xf5,
  ř: 0xf8,
  í: 0xed,
  č: 0xe8,
  ş: 0xba,
  Ţ: 0xde,
  ă: 0xe3,
  ţ: 0xfe,
  ș: 0xba,
};
const CP1252: Record<string, number> = { é: 0xe9, ç: 0xe7, ü: 0xfc, ö: 0xf6, à: 0xe0, ß: 0xdf };
const LATIN2: Record<string, number> = { Ł: 0xa3, ł: 0xb3, Ś: 0xa6, ś: 0xb6, ą: 0xb1, Ż: 0xaf, ż: 0xbf };

function encode(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (table[c] ?? 0x3f))),
  );
}

describe('reading a spreadsheet in the encoding it was saved in', () => {
  it('reads a Polish list saved by Excel in Windows-1250, whatever the UI language', () => {
    const bytes = encode('Oras partener;Tara\nBielsko-Biała;Polonia\nŚwidnica;Polonia\n', CP1250);
    expect(detectEncoding(bytes)).toBe('windows-1250');
    expect(decodeBytes(bytes).text).toContain('Bielsko-Biała');
  });

  it('reads Romanian headers and Hungarian and Czech names in Windows-1250', () => {
    const bytes = encode('Oraş partener;Ţară\nKőszeg;Ungaria\nTřebíč;Cehia\n', CP1250);
    expect(detectEncoding(bytes)).toBe('windows-1250');
    // Excel writes Romanian's ș ț as the code page's cedilla forms: they come back with the comma below.
    expect(decodeBytes(bytes).text).toBe('Oraș partener;Țară\nKőszeg;Ungaria\nTřebíč;Cehia\n');
  });

  it('reads a French or German list in Windows-1252', () => {
    const bytes = encode(
      'ville partenaire;pays\nBesançon;France\nMünchen;Allemagne\nSaint-Étienne;France\n',
      CP1252,
    );
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeBytes(bytes).text).toContain('Besançon');
  });

  it('reads ISO-8859-2, where Windows-1250 has other letters', () => {
    const bytes = encode(
      'partner;country\nŁódź;Poland\nŚwiętochłowice;Poland\nŻywiec;Poland\n'.replace(/[ęóćź]/g, 'e'),
      LATIN2,
    );
    expect(detectEncoding(bytes)).toBe('iso-8859-2');
  });

  it('reads UTF-8 with or without a BOM, and UTF-16 as Excel’s "Unicode text" writes it', () => {
    const text = 'Oraș;Țară\nBielsko-Biała;Polonia\n';
    const utf8 = new TextEncoder().encode(text);
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf-8');
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(detectEncoding(le)).toBe('utf-16le');
    expect(decodeBytes(le).text).toBe(text);
    expect(detectEncoding(le.subarray(2))).toBe('utf-16le');
  });

  it('reads Windows-1250 behind a UTF-8 BOM that a tool added without converting the file', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...encode('Oraş partener;Ţară\nBielsko-Biała;Polonia\n', CP1250),
    ]);
    expect(detectEncoding(bytes)).toBe('windows-1250');
    expect(decodeBytes(bytes).text).toBe('Oraș partener;Țară\nBielsko-Biała;Polonia\n');
  });

  it('can be told another encoding when the guess is wrong', () => {
    const bytes = encode('Kőszeg;Ungaria\n', CP1250);
    expect(decodeBytes(bytes, 'windows-1252').text).toBe('Kõszeg;Ungaria\n');
  });
});
