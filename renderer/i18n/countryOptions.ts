import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_COUNTRIES, isEuropean } from '../../shared/domain/countries';
import { useFormat } from './format';

export interface CountryGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Every country for a Select, in the UI language: Europe first (where most partners are),
 * then the rest of the world, each sorted by name as that language sorts.
 */
export function useCountryOptions(): CountryGroup[] {
  const { t, i18n } = useTranslation('common');
  const format = useFormat();
  return useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const option = (code: string) => ({ value: code, label: format.country(code) });
    const sorted = (codes: readonly string[]) =>
      codes.map(option).sort((a, b) => collator.compare(a.label, b.label));
    return [
      { group: t('countries.europe'), items: sorted(ALL_COUNTRIES.filter(isEuropean)) },
      { group: t('countries.world'), items: sorted(ALL_COUNTRIES.filter((c) => !isEuropean(c))) },
    ];
  }, [format, i18n.language, t]);
}
