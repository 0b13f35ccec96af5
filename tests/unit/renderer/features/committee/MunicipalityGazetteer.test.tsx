import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { MunicipalityForm } from '../../../../../renderer/features/committee/MunicipalityForm';
import { useAppStore } from '../../../../../renderer/state/store';
import type { SavedMunicipality } from '../../../../../shared/domain/committee';
import type { Place, PlaceMatch } from '../../../../../shared/domain/place';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

const place = (p: Pick<Place, 'name' | 'country' | 'admin1' | 'population' | 'lat' | 'lon'>): Place =>
  ({
    id: `gn-${p.name.length}`,
    asciiName: p.name,
    admin2: '',
    geonameId: null,
    ...p,
  }) as Place;

const sibiu = place({
  name: 'Sibiu',
  country: 'RO',
  admin1: 'Sibiu',
  population: 147245,
  lat: 45.8,
  lon: 24.15,
});
const bratislava = place({
  name: 'Bratislava',
  country: 'SK',
  admin1: 'Bratislava',
  population: 423737,
  lat: 48.15,
  lon: 17.11,
});

/** The gazetteer as the core answers it: the one town whose name starts like the query. */
function gazetteer(...places: Place[]) {
  callMock.mockImplementation((async (channel: string, input: unknown) => {
    if (channel === 'municipality:save') return { ...(input as object), rev: 1 };
    if (channel !== 'place:search') return input;
    const query = (input as { query: string }).query.toLowerCase();
    return places
      .filter((p) => p.name.toLowerCase().startsWith(query))
      .map((p): PlaceMatch => ({ place: p, matchedName: null, quality: 'prefix' }));
  }) as typeof call);
}

function renderForm(municipality: SavedMunicipality | null = null) {
  useAppStore.setState({ profile: { municipality, committee: null, members: [] } });
  renderWithProviders(<MunicipalityForm />);
  return userEvent.setup();
}

async function pick(user: ReturnType<typeof userEvent.setup>, finder: string, typed: string) {
  const input = screen.getByLabelText(finder);
  await user.clear(input);
  await user.type(input, typed);
  // Mantine's dropdown transition never ends in happy-dom, so the option counts as hidden there.
  // The search answers after a debounce: slow on a loaded machine is not broken.
  await screen.findByRole('option', { name: new RegExp(`^${typed}`), hidden: true }, { timeout: 10_000 });
  await user.keyboard('{Enter}');
}

/** The languages the form shows as chosen, read from their pills as the secretary reads them. */
function chosenLanguages(): string[] {
  return Array.from(document.querySelectorAll('.mantine-Pill-label'), (e) => e.textContent ?? '');
}

/** What the form sends to the core when the secretary saves. */
async function savedLanguages(user: ReturnType<typeof userEvent.setup>, button: string) {
  await user.click(screen.getByRole('button', { name: button }));
  const save = callMock.mock.calls.find(([channel]) => channel === 'municipality:save');
  return (save?.[1] as { languages: string[] } | undefined)?.languages;
}

describe('choosing the home town from the gazetteer', () => {
  beforeEach(() => callMock.mockReset());

  it('fills in the languages of its country when none are chosen yet', async () => {
    await useLocale('en');
    gazetteer(sibiu);
    const user = renderForm();
    await pick(user, 'Find in gazetteer', 'Sibiu');
    expect(screen.getByLabelText(/^Name of the town/)).toHaveValue('Sibiu');
    expect(chosenLanguages()).toEqual(['Romanian']);
    expect(await savedLanguages(user, 'Save municipality')).toEqual(['ro']);
  });

  it('replaces the languages filled in for a first pick when the secretary corrects the town, in Romanian', async () => {
    await useLocale('ro');
    gazetteer(sibiu, bratislava);
    const user = renderForm();
    await pick(user, 'Căutare în nomenclatorul localităților', 'Sibiu');
    expect(chosenLanguages()).toEqual(['română']);
    await pick(user, 'Căutare în nomenclatorul localităților', 'Bratislava');
    expect(chosenLanguages()).toEqual(['slovacă']);
    expect(await savedLanguages(user, 'Salvează localitatea')).toEqual(['sk']);
  });

  it('keeps languages the secretary chose', async () => {
    await useLocale('en');
    gazetteer(bratislava);
    const user = renderForm({
      name: 'Pressburg',
      country: 'SK',
      region: '',
      population: null,
      languages: ['sk', 'de', 'hu'],
      coordinates: null,
      rev: 1,
    });
    await pick(user, 'Find in gazetteer', 'Bratislava');
    expect(chosenLanguages()).toEqual(['Slovak', 'German', 'Hungarian']);
    expect(await savedLanguages(user, 'Save municipality')).toEqual(['sk', 'de', 'hu']);
  });
});
