import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../shared/domain/partnershipSummary';

describe('foldForSearch', () => {
  it('lowers case and drops accents, so a name typed plainly finds the written one', () => {
    expect(foldForSearch('SIBIU')).toBe('sibiu');
    expect(foldForSearch('Besançon')).toBe('besancon');
    expect(foldForSearch('Târgu Mureș')).toBe('targu mures');
    expect(foldForSearch('Αθήνα')).toBe('αθηνα');
  });

  it('spells letters that are not an accented form of another plainly, so "lodz" finds Łódź', () => {
    expect(foldForSearch('Łódź')).toBe('lodz');
    expect(foldForSearch('Øystese')).toBe('oystese');
  });

  it('folds every ASCII character exactly as the full Unicode path does', () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    expect(foldForSearch(ascii)).toBe(
      ascii
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase(),
    );
  });
});
