import { describe, expect, it } from 'vitest';
import { fillPlaceholders, parseBody } from '../../../../../shared/domain/agreement/fill';
import { detectImageMime } from '../../../../../shared/domain/agreement/images';
import { formatDate } from '../../../../../shared/domain/agreement/translator';
import { defaultLanguages } from '../../../../../shared/domain/agreement/seed';

describe('clause text', () => {
  it('splits paragraphs on blank lines and turns "- " lines into one list', () => {
    expect(parseBody('First line\ncontinues.\n\nIntro:\n- one;\n- two.\n\nLast.')).toEqual([
      { kind: 'paragraph', text: 'First line continues.' },
      { kind: 'paragraph', text: 'Intro:' },
      { kind: 'list', items: ['one;', 'two.'] },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('fills known placeholders and leaves unknown ones visible', () => {
    const filled = fillPlaceholders('{townA} and {townB} and {townZ}', { townA: 'Sibiu', townB: '' });
    expect(filled).toEqual({ text: 'Sibiu and  and {townZ}', empty: ['townB'], unknown: ['townZ'] });
  });

  it('writes dates as each language does: French and Italian ordinals, Polish r., Slovenian genitive', () => {
    // No-break spaces: a date never breaks across lines ("26. | September").
    const plain = (iso: string, lang: string) => formatDate(iso, lang).replace(/\u00A0/g, ' ');
    expect(formatDate('1922-06-05', 'en')).toBe('5\u00A0June\u00A01922');
    expect(plain('1922-06-01', 'fr')).toBe('1er juin 1922');
    expect(plain('2024-09-26', 'ro')).toBe('26 septembrie 2024');
    expect(plain('2024-10-03', 'de')).toBe('3. Oktober 2024');
    expect(plain('2024-09-26', 'pl')).toBe('26 września 2024 r.');
    expect(plain('2025-05-09', 'hu')).toBe('2025. május 9.');
    expect(plain('2025-05-09', 'sl')).toBe('9. maja 2025');
    expect(plain('2025-05-01', 'it')).toBe('1º maggio 2025');
    expect(plain('2025-09-09', 'pt')).toBe('9 de setembro de 2025');
    expect(plain('2025-05-09', 'bg')).toBe('9 май 2025 г.');
    expect(plain('2025-05-09', 'el')).toBe('9 Μαΐου 2025');
    expect(formatDate(null, 'de')).toBe('');
  });
});

describe('images and languages', () => {
  it('recognises PNG and JPEG by their first bytes and nothing else', () => {
    expect(detectImageMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(detectImageMime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectImageMime(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageMime(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('defaults to the two towns first languages, and finds a second one when they share it', () => {
    const town = (languages: string[]) => ({ name: 'X', country: 'DE', region: '', languages });
    expect(defaultLanguages(town(['ro']), town(['fr']))).toEqual(['ro', 'fr']);
    expect(defaultLanguages(town(['de']), town(['de', 'fr']))).toEqual(['de', 'fr']);
    expect(defaultLanguages(town(['de']), town(['de']))).toEqual(['de', 'en']);
  });
});
