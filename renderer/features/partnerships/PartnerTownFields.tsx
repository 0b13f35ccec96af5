import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryLanguages } from '../../../shared/domain/countryLanguages';
import type { PlaceMatch } from '../../../shared/domain/place';
import { partnerPlaceFromPlace } from '../../../shared/domain/shortlist';
import type { FieldErrors } from '../../forms/validation';
import type { CountryGroup } from '../../i18n/countryOptions';
import { useFormat } from '../../i18n/format';
import { PlacePicker } from '../places/PlacePicker';
import { emptyContact, type ContactValues, type TownValues } from './partnershipFormValues';

interface Props {
  index: number;
  town: TownValues;
  errors: FieldErrors;
  countries: CountryGroup[];
  languages: { value: string; label: string }[];
  canRemove: boolean;
  onChange(town: TownValues): void;
  onRemove(): void;
}

/** One partner town: the place (typed by hand when it is not in the gazetteer), its languages and contacts. */
export function PartnerTownFields({
  index,
  town,
  errors,
  countries,
  languages,
  canRemove,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const at = `partners.${index}`;
  const set = <K extends keyof TownValues>(key: K, value: TownValues[K]) =>
    // Editing a gazetteer place by hand makes it a manual entry: the data no longer matches GeoNames.
    onChange({
      ...town,
      [key]: value,
      ...(key !== 'languages' && key !== 'contacts' ? { source: 'manual', geonameId: null } : {}),
    });
  // A town chosen in the gazetteer fills the place (with its coordinates, for the map) and,
  // when none are set yet, the languages of its country; contacts stay as they are.
  const pick = ({ place }: PlaceMatch) => {
    const p = partnerPlaceFromPlace(place);
    onChange({
      ...town,
      name: p.name,
      country: p.country,
      region: p.region,
      population: p.population ?? '',
      lat: p.coordinates?.lat ?? '',
      lon: p.coordinates?.lon ?? '',
      geonameId: p.geonameId,
      source: p.source,
      languages: town.languages.length > 0 ? town.languages : [...countryLanguages(p.country)],
    });
  };
  const setContact = (i: number, contact: ContactValues) =>
    set(
      'contacts',
      town.contacts.map((c, j) => (j === i ? contact : c)),
    );

  return (
    <Paper withBorder p="sm" role="group" aria-label={t('form.partner', { n: index + 1 })}>
      <Group justify="space-between" mb="xs">
        <Title order={4} size="h6">
          {t('form.partner', { n: index + 1 })}
        </Title>
        {canRemove && (
          <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
            {t('form.removePartner')}
          </Button>
        )}
      </Group>
      <PlacePicker onPick={pick} />
      <Text size="xs" c="dimmed" mt={4} mb="xs">
        {t('form.manualHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t('form.placeName')}
          required
          value={town.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors[`${at}.place.name`]}
        />
        <Select
          label={t('form.country')}
          required
          searchable
          data={countries}
          value={town.country}
          onChange={(v) => set('country', v)}
          error={errors[`${at}.place.country`]}
        />
        <TextInput
          label={t('form.region')}
          value={town.region}
          onChange={(e) => set('region', e.currentTarget.value)}
          error={errors[`${at}.place.region`]}
        />
        <NumberInput
          label={t('form.population')}
          min={0}
          allowDecimal={false}
          thousandSeparator={format.separators.group}
          decimalSeparator={format.separators.decimal}
          value={town.population}
          onChange={(v) => set('population', v)}
          error={errors[`${at}.place.population`]}
        />
        <NumberInput
          label={t('form.lat')}
          decimalScale={5}
          decimalSeparator={format.separators.decimal}
          value={town.lat}
          onChange={(v) => set('lat', v)}
          error={errors[`${at}.place.coordinates.lat`] ?? errors[`${at}.place.coordinates`]}
        />
        <NumberInput
          label={t('form.lon')}
          decimalScale={5}
          decimalSeparator={format.separators.decimal}
          value={town.lon}
          onChange={(v) => set('lon', v)}
          error={errors[`${at}.place.coordinates.lon`]}
        />
      </SimpleGrid>
      <MultiSelect
        mt="xs"
        label={t('form.partnerLanguages')}
        searchable
        data={languages}
        value={town.languages}
        onChange={(v) => set('languages', v)}
        error={errors[`${at}.languages`]}
      />
      <Stack gap="xs" mt="sm">
        <Text size="sm" fw={600}>
          {t('form.contacts')}
        </Text>
        {town.contacts.map((c, i) => {
          const ce = `${at}.contacts.${i}`;
          return (
            <Group
              key={c.id}
              align="flex-start"
              gap="xs"
              role="group"
              aria-label={t('form.contact', { n: i + 1 })}
              wrap="wrap"
            >
              <TextInput
                label={t('form.contactName')}
                required
                value={c.name}
                onChange={(e) => setContact(i, { ...c, name: e.currentTarget.value })}
                error={errors[`${ce}.name`]}
                w={180}
              />
              <TextInput
                label={t('form.contactRole')}
                value={c.role}
                onChange={(e) => setContact(i, { ...c, role: e.currentTarget.value })}
                error={errors[`${ce}.role`]}
                w={160}
              />
              <MultiSelect
                label={t('form.contactLanguages')}
                searchable
                data={languages}
                value={c.languages}
                onChange={(v) => setContact(i, { ...c, languages: v })}
                w={200}
              />
              <TextInput
                label={t('form.email')}
                type="email"
                value={c.email}
                onChange={(e) => setContact(i, { ...c, email: e.currentTarget.value })}
                error={errors[`${ce}.email`]}
                w={200}
              />
              <TextInput
                label={t('form.phone')}
                type="tel"
                value={c.phone}
                onChange={(e) => setContact(i, { ...c, phone: e.currentTarget.value })}
                error={errors[`${ce}.phone`]}
                w={150}
              />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                aria-label={t('form.removeContact')}
                onClick={() =>
                  set(
                    'contacts',
                    town.contacts.filter((_, j) => j !== i),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => set('contacts', [...town.contacts, emptyContact()])}
          >
            {t('form.addContact')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
