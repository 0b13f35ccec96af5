import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../../../renderer/i18n';
import { resultText, ruleText } from '../../../../../renderer/features/funding/fundingWords';
import { Rule } from '../../../../../shared/domain/funding/programme';
import { useLocale } from '../../helpers/render';

const sourced = { source: { title: 'Call', url: 'https://example.org' }, checked: '2026-01-01' };
const applicants = (min: number, minCountries: number, minEuCountries: number | null) =>
  Rule.parse({ ...sourced, id: 'applicants', kind: 'applicants', min, minCountries, minEuCountries });

describe('the eligibility words count in each language', () => {
  beforeAll(() => useLocale('ro'));

  it('says "1 eligible country" and "2 eligible countries" in English', () => {
    const t = i18n.getFixedT('en');
    expect(ruleText(t, applicants(1, 1, null))).toBe('At least 1 applicant from at least 1 eligible country');
    expect(ruleText(t, applicants(4, 4, 2))).toBe(
      'At least 4 applicants from at least 4 eligible countries, 2 of them EU members',
    );
    expect(
      resultText(t, {
        kind: 'applicants',
        reason: 'ok',
        figures: { applicants: 2, countries: 1, euCountries: 1, min: 2, minCountries: 1 },
      }),
    ).toBe('2 applicants from 1 eligible country, 1 of them an EU member.');
  });

  it('uses the Romanian one, few and "de" forms', () => {
    const t = i18n.getFixedT('ro');
    expect(ruleText(t, applicants(1, 1, null))).toBe('Cel puțin 1 solicitant din cel puțin 1 țară eligibilă');
    expect(ruleText(t, applicants(2, 2, null))).toBe(
      'Cel puțin 2 solicitanți din cel puțin 2 țări eligibile',
    );
    expect(ruleText(t, applicants(20, 20, null))).toBe(
      'Cel puțin 20 de solicitanți din cel puțin 20 de țări eligibile',
    );
    expect(
      resultText(t, {
        kind: 'activityDays',
        reason: 'below',
        figures: { count: 1, min: 5, max: 21, activity: 'Zilele orașului' },
      }),
    ).toMatch(/^Zilele orașului durează 1 zi; regula cere /);
  });

  it('keeps French and German grammar for one country', () => {
    expect(
      resultText(i18n.getFixedT('fr'), {
        kind: 'applicants',
        reason: 'fewCountries',
        figures: { applicants: 2, countries: 1, euCountries: 1, minCountries: 2 },
      }),
    ).toBe('Des demandeurs de 1 pays éligible\u00a0; la règle en demande au moins 2.');
    expect(
      resultText(i18n.getFixedT('de'), {
        kind: 'activityCountries',
        reason: 'below',
        figures: { count: 1, min: 2 },
      }),
    ).toMatch(/^Aktivitäten in 1 Land; die Regel verlangt /);
  });
});
