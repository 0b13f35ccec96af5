import { Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceMatch } from '../../../shared/domain/place';
import { useFormat } from '../../i18n/format';
import { usePlaceSearch } from './usePlaceSearch';

export interface PlacePickerProps {
  /** Called with the chosen town; the matched alternate name comes along ("Hermannstadt"). */
  onPick(match: PlaceMatch): void;
  label?: string;
  description?: string;
  /** Limit the search to one country (ISO 3166-1 alpha-2). */
  country?: string | undefined;
  limit?: number;
}

/**
 * A search box over the offline gazetteer: type a town's name in any spelling or language,
 * move through the matches with the arrow keys, Enter to choose. Each match shows its region,
 * country and population, and which alternate name matched ("Hermannstadt → Sibiu").
 */
export function PlacePicker({ onPick, label, description, country, limit = 8 }: PlacePickerProps) {
  const { t } = useTranslation(['places', 'errors']);
  const format = useFormat();
  const [query, setQuery] = useState('');
  const search = usePlaceSearch(query, { country, limit });
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // The best match is pre-selected, so typing a name and pressing Enter chooses it.
  useEffect(() => {
    if (search.matches.length > 0) combobox.selectFirstOption();
  }, [search.matches, combobox]);

  function choose(id: string) {
    const match = search.matches.find((m) => m.place.id === id);
    if (!match) return;
    onPick(match);
    setQuery(match.place.name);
    combobox.closeDropdown();
  }

  const describe = ({ place }: PlaceMatch) =>
    [
      place.admin1,
      format.country(place.country),
      place.population > 0
        ? t('population', { population: format.number(place.population) })
        : t('populationUnknown'),
    ]
      .filter((part) => part !== '')
      .join(' · ');

  const options = search.matches.map((match) => (
    <Combobox.Option
      value={match.place.id}
      key={match.place.id}
      aria-label={optionLabel(match, t, describe(match))}
    >
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {match.matchedName
            ? t('via', { alternate: match.matchedName, name: match.place.name })
            : match.place.name}
        </Text>
        <Text size="xs" c="dimmed">
          {describe(match)}
        </Text>
      </Stack>
    </Combobox.Option>
  ));

  const settled = !search.loading && search.query === query.trim() && query.trim() !== '';
  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      {/* An editable combobox (ARIA 1.2): role, aria-expanded and aria-controls from Mantine. */}
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={label ?? t('label')}
          description={description ?? t('description')}
          placeholder={t('placeholder')}
          value={query}
          aria-autocomplete="list"
          autoComplete="off"
          rightSection={search.loading ? <Loader size="xs" aria-label={t('searching')} /> : null}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          // Enter chooses a match; it never submits the form the picker sits in.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.trim() === ''}>
        <Combobox.Options>
          {options}
          {settled && search.error && <Combobox.Empty>{t(`errors:code.${search.error}`)}</Combobox.Empty>}
          {settled && !search.error && options.length === 0 && <Combobox.Empty>{t('empty')}</Combobox.Empty>}
        </Combobox.Options>
        {search.matches.length > 0 && (
          <Combobox.Footer>
            <Group justify="flex-end">
              <Text size="xs" c="dimmed">
                {t('attribution')}
              </Text>
            </Group>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}

function optionLabel(
  match: PlaceMatch,
  t: (key: string, values?: Record<string, string>) => string,
  details: string,
) {
  const name = match.matchedName
    ? t('via', { alternate: match.matchedName, name: match.place.name })
    : match.place.name;
  return `${name}, ${details}`;
}
