import { describe, expect, it } from 'vitest';
import { dayInPeriod, periodLabel } from '../../../../../shared/domain/timeline/labels';

const LANGS = { en: 'en-GB', ro: 'ro', fr: 'fr', de: 'de' } as const;

describe('the timeline’s words for days and columns', () => {
  it('says every day of a leap year as Intl does, in each of the four languages', () => {
    for (const [lang, locale] of Object.entries(LANGS)) {
      const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
      for (let day = new Date(Date.UTC(2028, 0, 1)); day.getUTCFullYear() === 2028;) {
        const iso = day.toISOString().slice(0, 10);
        expect(dayInPeriod(iso, 'year', lang)).toBe(intl.format(day));
        expect(dayInPeriod(iso, 'quarter', lang)).toBe(intl.format(day));
        expect(dayInPeriod(iso, 'month', lang)).toBe(String(day.getUTCDate()));
        day = new Date(day.getTime() + 86_400_000);
      }
    }
    expect(dayInPeriod('2026-06-14', 'year', 'en')).toBe('14 Jun');
    expect(dayInPeriod('2026-06-14', 'year', 'de')).toBe('14. Juni');
  });

  it('names a column by its year, quarter or month', () => {
    const period = { index: 0, year: 2026, part: 2, key: '2026-Q2' };
    expect(periodLabel({ ...period, part: 0 }, 'year', 'en', '')).toBe('2026');
    expect(periodLabel(period, 'quarter', 'en', 'Q{n} {year}')).toBe('Q2 2026');
    expect(periodLabel(period, 'month', 'en', '')).toBe('Feb 2026');
  });
});
