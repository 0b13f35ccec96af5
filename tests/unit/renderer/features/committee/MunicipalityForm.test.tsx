import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { MunicipalityForm } from '../../../../../renderer/features/committee/MunicipalityForm';
import { useAppStore } from '../../../../../renderer/state/store';
import type { SavedMunicipality } from '../../../../../shared/domain/committee';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

const keighley: SavedMunicipality = {
  name: 'Keighley',
  country: 'GB',
  region: 'West Yorkshire',
  population: 50171,
  languages: ['en'],
  coordinates: { lat: 53.86791, lon: -1.90664 },
  rev: 2,
};

function renderForm() {
  useAppStore.setState({ profile: { municipality: keighley, committee: null, members: [] } });
  renderWithProviders(<MunicipalityForm />);
  return userEvent.setup();
}

describe('the home town numbers', () => {
  beforeEach(() => {
    callMock.mockReset();
  });

  it('are written the German way in German: 50.171 inhabitants at 53,86791', async () => {
    await useLocale('de');
    renderForm();
    expect(screen.getByLabelText('Einwohnerzahl')).toHaveValue('50.171');
    expect(screen.getByLabelText('Breitengrad')).toHaveValue('53,86791');
  });

  it('are read back from a comma decimal as the same number', async () => {
    await useLocale('de');
    const user = renderForm();
    callMock.mockImplementation(
      fakeCore({ 'municipality:save': (input) => ({ ...input, rev: (input.rev ?? 0) + 1 }) }) as typeof call,
    );
    const lat = screen.getByLabelText('Breitengrad');
    await user.clear(lat);
    await user.type(lat, '48,1');
    await user.click(screen.getByRole('button', { name: 'Gemeinde speichern' }));
    expect(callMock).toHaveBeenCalledWith(
      'municipality:save',
      expect.objectContaining({ coordinates: { lat: 48.1, lon: -1.90664 }, population: 50171, rev: 2 }),
    );
  });

  it('still take coordinates pasted with a decimal point, as maps give them', async () => {
    await useLocale('de');
    const user = renderForm();
    callMock.mockImplementation(
      fakeCore({ 'municipality:save': (input) => ({ ...input, rev: (input.rev ?? 0) + 1 }) }) as typeof call,
    );
    const lon = screen.getByLabelText('Längengrad');
    await user.clear(lon);
    await user.type(lon, '-1.5');
    await user.click(screen.getByRole('button', { name: 'Gemeinde speichern' }));
    expect(callMock).toHaveBeenCalledWith(
      'municipality:save',
      expect.objectContaining({ coordinates: { lat: 53.86791, lon: -1.5 } }),
    );
  });

  it('keep the English separators in English', async () => {
    await useLocale('en');
    renderForm();
    expect(screen.getByLabelText('Population')).toHaveValue('50,171');
    expect(screen.getByLabelText('Latitude')).toHaveValue('53.86791');
  });
});
