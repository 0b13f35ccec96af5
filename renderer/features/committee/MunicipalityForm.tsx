import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Municipality } from '../../../shared/domain/committee';
import { countryLanguages } from '../../../shared/domain/countryLanguages';
import type { PlaceMatch } from '../../../shared/domain/place';
import { EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useCountryOptions } from '../../i18n/countryOptions';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { PlacePicker } from '../places/PlacePicker';

interface Values {
  name: string;
  country: string | null;
  region: string;
  population: number | string;
  languages: string[];
  lat: number | string;
  lon: number | string;
}

function toValues(m: Municipality | null): Values {
  return {
    name: m?.name ?? '',
    country: m?.country ?? null,
    region: m?.region ?? '',
    population: m?.population ?? '',
    languages: m?.languages ?? [],
    lat: m?.coordinates?.lat ?? '',
    lon: m?.coordinates?.lon ?? '',
  };
}

/** Whether the languages are the secretary's own choice rather than those of the town's country. */
function languagesChosen(v: Values): boolean {
  if (v.languages.length === 0) return false;
  const ofCountry = v.country ? countryLanguages(v.country) : [];
  return !(ofCountry.length === v.languages.length && ofCountry.every((l) => v.languages.includes(l)));
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

function toInput(v: Values) {
  const lat = numberOrNull(v.lat);
  const lon = numberOrNull(v.lon);
  return {
    name: v.name,
    country: v.country ?? '',
    region: v.region,
    population: numberOrNull(v.population),
    languages: v.languages,
    coordinates: lat === null && lon === null ? null : { lat, lon },
  };
}

export function MunicipalityForm() {
  const { t } = useTranslation(['committee', 'places']);
  const format = useFormat();
  const municipality = useAppStore((s) => s.profile?.municipality ?? null);
  const saveMunicipality = useAppStore((s) => s.saveMunicipality);
  const [saved, setSaved] = useState<Values>(() => toValues(municipality));
  const [values, setValues] = useState<Values>(saved);
  /** The revision the form was loaded at: a save over a newer change is refused, not made. */
  const [rev, setRev] = useState(municipality?.rev);
  const { submit, errors, failure, saving } = useSubmit(
    Municipality,
    async (input) => {
      const stored = await saveMunicipality({ ...input, ...(rev === undefined ? {} : { rev }) });
      setRev(stored.rev);
      setSaved(values);
    },
    toInput(values),
  );
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(saved), t('common:pending.municipality'));
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const countries = useCountryOptions();
  const languages = EUROPEAN_LANGUAGES.map((code) => ({ value: code, label: format.language(code) })).sort(
    (a, b) => a.label.localeCompare(b.label),
  );

  // Fills what the gazetteer knows, nothing saved yet. Languages come from the town's country
  // while none are chosen, or while they are still those filled in for the previous town's
  // country (a corrected pick); languages the secretary chose are kept.
  function fillFromGazetteer({ place }: PlaceMatch) {
    setValues((v) => ({
      ...v,
      languages: languagesChosen(v) ? v.languages : [...countryLanguages(place.country)],
      name: place.name,
      country: place.country,
      region: place.admin1,
      population: place.population > 0 ? place.population : v.population,
      lat: place.lat,
      lon: place.lon,
    }));
    notifications.show({ message: t('places:filled', { name: place.name }) });
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(toInput(values))) notifications.show({ color: 'green', message: t('saved') });
  }

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={onSubmit}
      aria-labelledby="municipality-title"
      noValidate
    >
      <Title order={3} size="h4" id="municipality-title" mb="sm">
        {t('municipality.title')}
      </Title>
      <PlacePicker onPick={fillFromGazetteer} />
      <SimpleGrid mt="md" cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('municipality.name')}
          required
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={errors.name}
        />
        <Select
          label={t('municipality.country')}
          required
          searchable
          data={countries}
          value={values.country}
          onChange={set('country')}
          error={errors.country}
        />
        <TextInput
          label={t('municipality.region')}
          value={values.region}
          onChange={(e) => set('region')(e.currentTarget.value)}
          error={errors.region}
        />
        <NumberInput
          label={t('municipality.population')}
          min={0}
          thousandSeparator={format.separators.group}
          decimalSeparator={format.separators.decimal}
          allowDecimal={false}
          value={values.population}
          onChange={set('population')}
          error={errors.population}
        />
        <MultiSelect
          label={t('municipality.languages')}
          required
          searchable
          data={languages}
          value={values.languages}
          onChange={set('languages')}
          error={errors.languages}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('municipality.lat')}
            decimalScale={5}
            decimalSeparator={format.separators.decimal}
            value={values.lat}
            onChange={set('lat')}
            error={errors['coordinates.lat'] ?? errors.coordinates}
          />
          <NumberInput
            label={t('municipality.lon')}
            decimalScale={5}
            decimalSeparator={format.separators.decimal}
            value={values.lon}
            onChange={set('lon')}
            error={errors['coordinates.lon']}
          />
        </Group>
      </SimpleGrid>
      <FormFailure title={t('notSaved')} message={failure} />
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={saving}>
          {t('municipality.save')}
        </Button>
      </Group>
    </Paper>
  );
}
