import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../renderer/features/transfer/decodeText';

describe('reading a picked CSV file', () => {
  it('reads UTF-8 as UTF-8 and drops the byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFTimișoara;România');
    expect(decodeText(bytes, 'ro')).toEqual({ text: 'Timișoara;România', encoding: 'utf-8' });
  });

  it('reads a Windows Western file saved by a spreadsheet without turning accents into replacement marks', () => {
    // "Besançon,Französisch" in windows-1252: ç = 0xE7, ö = 0xF6.
    const bytes = Uint8Array.from([
      0x42, 0x65, 0x73, 0x61, 0x6e, 0xe7, 0x6f, 0x6e, 0x2c, 0x46, 0x72, 0x61, 0x6e, 0x7a, 0xf6, 0x73, 0x69,
      0x73, 0x63, 0x68,
    ]);
    expect(decodeText(bytes, 'fr')).toEqual({ text: 'Besançon,Französisch', encoding: 'windows-1252' });
  });

  it('reads a Central European file in the Romanian interface with its Romanian letters', () => {
    // "Braşov" and "Sânpetru" in windows-1250: ş = 0xBA, â = 0xE2.
    const bytes = Uint8Array.from([
      0x42, 0x72, 0x61, 0xba, 0x6f, 0x76, 0x2c, 0x53, 0xe2, 0x6e, 0x70, 0x65, 0x74, 0x72, 0x75,
    ]);
    expect(decodeText(bytes, 'ro')).toEqual({ text: 'Braşov,Sânpetru', encoding: 'windows-1250' });
  });
});
