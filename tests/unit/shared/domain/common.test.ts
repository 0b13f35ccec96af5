import { describe, expect, it } from 'vitest';
import { IsoDate, isRealDate } from '../../../../shared/domain/common';

/** What the calendar says, through Date (slow, but obviously right for years 100 and later). */
function byDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it('agrees with the calendar on every month and day of ordinary, leap and century years', () => {
    for (const y of [100, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          expect(isRealDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`), `${y}-${m}-${d}`).toBe(
            byDate(y, m, d),
          );
        }
      }
    }
  });

  it('accepts 29 February only in leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('rejects years before 100, other shapes and stray characters', () => {
    for (const value of [
      '0099-01-01',
      '2024-1-01',
      '2024-01-1',
      '2024/01/01',
      '20240101xx',
      '2024-0a-01',
      '2024-01-01 ',
      '',
    ]) {
      expect(isRealDate(value), value).toBe(false);
    }
  });
});

describe('IsoDate', () => {
  it('reports a date that does not exist as invalid_date', () => {
    const result = IsoDate.safeParse('2025-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['invalid_date']);
  });
});
