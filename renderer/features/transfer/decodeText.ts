/**
 * A picked file's bytes as text. Spreadsheets on Windows often save CSV in the legacy code
 * page instead of UTF-8: bytes that are not valid UTF-8 are read in the code page that
 * matches the interface language (Central European for Romanian, Western otherwise), so
 * "Besançon" stays "Besançon" instead of turning into replacement marks.
 */
export function decodeText(
  bytes: ArrayBuffer | Uint8Array,
  language: string,
): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = language.startsWith('ro') ? 'windows-1250' : 'windows-1252';
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}
