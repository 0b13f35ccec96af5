import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EUROPEAN_COUNTRIES, EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import { Theme } from '../../../shared/domain/partnership';
import { SizePreference, sizeRange, type SearchCriteriaInput } from '../../../shared/domain/partnerSearch';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { themeLabelKey } from '../../i18n/themes';

interface Values {
  name: string;
  wantedCountries: string[];
  excludedCountries: string[];
  size: SizePreference;
  maxDistanceKm: number | string;
  languages: string[];
  themes: string[];
}

const initial: Values = {
  name: '',
  wantedCountries: [],
  excludedCountries: [],
  size: 'similar',
  maxDistanceKm: '',
  languages: [],
  themes: [],
};

export function toCriteria(v: Values): SearchCriteriaInput {
  const km = v.maxDistanceKm === '' ? null : Math.round(Number(v.maxDistanceKm));
  return {
    name: v.name.trim(),
    wantedCountries: v.wantedCountries,
    excludedCountries: v.excludedCountries,
    size: v.size,
    maxDistanceKm: km === null || Number.isNaN(km) ? null : Math.min(6000, Math.max(10, km)),
    languages: v.languages,
    themes: v.themes.filter((x): x is Theme => Theme.safeParse(x).success),
  };
}

/** The secretary's criteria; the ranking itself happens in the core. */
export function SearchForm({
  onSearch,
  searching,
}: {
  onSearch(c: SearchCriteriaInput): void;
  searching: boolean;
}) {
  const { t } = useTranslation('discovery');
  const format = useFormat();
  const [values, setValues] = useState<Values>(initial);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const countries = EUROPEAN_COUNTRIES.map((c) => ({ value: c, label: format.country(c) })).sort(byLabel);
  const languages = EUROPEAN_LANGUAGES.map((c) => ({ value: c, label: format.language(c) })).sort(byLabel);
  const themes = Theme.options.map((th) => ({ value: th, label: t(themeLabelKey(th)) })).sort(byLabel);
  const homePopulation = useAppStore((s) => s.profile?.municipality?.population ?? null);
  const profileLoaded = useAppStore((s) => s.profile !== null);
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  // The size hint needs the home town's population, which a fresh start on this page has not read yet.
  useEffect(() => {
    if (!profileLoaded) loadCommittee().catch(() => undefined);
  }, [profileLoaded, loadCommittee]);
  const range = homePopulation === null ? null : sizeRange(homePopulation, values.size);
  // Says what the chosen size keeps, in inhabitants: "similar" is a filter, not a vague score.
  const sizeMeaning =
    values.size === 'any'
      ? t('sizeMeaning.any')
      : range === null
        ? t('sizeMeaning.noHome')
        : t(`sizeMeaning.${values.size}`, {
            min: format.number(range.min),
            max: format.number(range.max),
            home: format.number(homePopulation ?? 0),
          });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t('form.label')}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        onSearch(toCriteria(values));
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('form.name')}
          description={t('form.nameHint')}
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            label={t('form.wantedCountries')}
            searchable
            clearable
            data={countries}
            value={values.wantedCountries}
            onChange={set('wantedCountries')}
          />
          <MultiSelect
            label={t('form.excludedCountries')}
            searchable
            clearable
            data={countries}
            value={values.excludedCountries}
            onChange={set('excludedCountries')}
          />
          <MultiSelect
            label={t('form.languages')}
            description={t('form.languagesHint')}
            searchable
            clearable
            data={languages}
            value={values.languages}
            onChange={set('languages')}
          />
          <MultiSelect
            label={t('form.themes')}
            description={t('form.themesHint')}
            searchable
            clearable
            data={themes}
            value={values.themes}
            onChange={set('themes')}
          />
          <NumberInput
            label={t('form.maxDistance')}
            description={t('form.maxDistanceHint')}
            min={10}
            max={6000}
            allowDecimal={false}
            thousandSeparator={format.separators.group}
            decimalSeparator={format.separators.decimal}
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden>
                km
              </Text>
            }
            rightSectionPointerEvents="none"
            value={values.maxDistanceKm}
            onChange={set('maxDistanceKm')}
          />
          {/* A row of its own: four choices in half a 1024-pixel window cut "Indifférent". */}
          <div style={{ gridColumn: '1 / -1' }}>
            <Text size="sm" fw={500} id="size-label">
              {t('form.size')}
            </Text>
            <SegmentedControl
              aria-labelledby="size-label"
              fullWidth
              value={values.size}
              onChange={(v) => set('size')(SizePreference.parse(v))}
              data={SizePreference.options.map((s) => ({ value: s, label: t(`size.${s}`) }))}
              aria-describedby="size-meaning"
            />
            <Text size="xs" c="dimmed" mt={4} id="size-meaning">
              {sizeMeaning}
            </Text>
          </div>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={searching}>
            {t('form.search')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
