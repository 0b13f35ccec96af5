import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { SettingsPage } from '../../../../../renderer/features/settings/SettingsPage';
import { useAppStore } from '../../../../../renderer/state/store';
import type { Settings } from '../../../../../shared/domain/settings';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

/** A core holding `settings`; settings:save applies the patch it is sent, as the real one does. */
function core(initial: Settings) {
  let stored = initial;
  callMock.mockImplementation((async (channel: string, input: unknown) => {
    if (channel === 'settings:save') {
      stored = { ...stored, ...(input as Partial<Settings>) };
      return stored;
    }
    if (channel === 'settings:get') return stored;
    throw new Error(`unexpected ${channel}`);
  }) as typeof call);
  useAppStore.setState({ settings: initial, status: null });
}

const saves = () =>
  callMock.mock.calls.filter(([channel]) => channel === 'settings:save').map(([, input]) => input);

function renderPage() {
  renderWithProviders(<SettingsPage />);
  return {
    user: userEvent.setup(),
    field: screen.getByRole('textbox', { name: 'Months without recorded activity' }),
  };
}

describe('SettingsPage: when a link counts as going quiet', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('shows the stored threshold and saves a new one on leaving the field, keeping the chosen language', async () => {
    core({ locale: 'fr', dormantAfterMonths: 24 });
    const { user, field } = renderPage();
    expect(field).toHaveValue('24');
    expect(
      screen.getByText(/counts as going quiet after 24 months without recorded activity/),
    ).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '6');
    await user.tab();

    expect(await screen.findByRole('status')).toHaveTextContent('Saved: 6 months.');
    // Only the field that changed is sent: a language chosen meanwhile elsewhere is not overwritten.
    expect(saves()).toEqual([{ dormantAfterMonths: 6 }]);
    expect(useAppStore.getState().settings).toEqual({ locale: 'fr', dormantAfterMonths: 6 });
    expect(screen.getByText(/counts as going quiet after 6 months without/)).toBeInTheDocument();
  });

  it('saves on Enter too, and says "1 month" in the singular', async () => {
    core({ locale: null, dormantAfterMonths: 24 });
    const { user, field } = renderPage();
    await user.clear(field);
    await user.type(field, '1{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: 1 month.');
    expect(saves()).toEqual([{ dormantAfterMonths: 1 }]);
  });

  it.each([
    ['0', '0'],
    ['300', '300'],
    ['2.5', '2.5'],
    ['empty', ''],
  ])('refuses %s with a message, sends nothing and keeps the stored threshold', async (_name, typed) => {
    core({ locale: 'de', dormantAfterMonths: 18 });
    const { user, field } = renderPage();
    await user.clear(field);
    if (typed) await user.type(field, typed);
    await user.tab();

    expect(
      await screen.findByText(
        'Enter a whole number of months from 1 to 240. The saved value stays as it was.',
      ),
    ).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Enter a whole number of months/);
    expect(field).toHaveValue(typed);
    expect(saves()).toEqual([]);
    expect(useAppStore.getState().settings).toEqual({ locale: 'de', dormantAfterMonths: 18 });
    expect(screen.getByText(/counts as going quiet after 18 months without/)).toBeInTheDocument();
  });

  it('clears the message once a valid number is saved', async () => {
    core({ locale: null, dormantAfterMonths: 24 });
    const { user, field } = renderPage();
    await user.clear(field);
    await user.type(field, '300');
    await user.tab();
    expect(await screen.findByText(/Enter a whole number of months/)).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '12');
    await user.tab();
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: 12 months.');
    expect(screen.queryByText(/Enter a whole number of months/)).not.toBeInTheDocument();
  });

  it('keeps the threshold when the language is changed', async () => {
    core({ locale: null, dormantAfterMonths: 7 });
    const { user } = renderPage();
    const language = screen.getByRole('combobox', { name: 'Language' });
    await user.click(language);
    const list = document.getElementById(language.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('the language field has no option list');
    await user.click(within(list).getByRole('option', { name: 'Română', hidden: true }));

    await vi.waitFor(() => expect(saves()).toEqual([{ locale: 'ro' }]));
    expect(await screen.findByRole('textbox', { name: 'Luni fără activitate înregistrată' })).toHaveValue(
      '7',
    );
    expect(screen.getByText(/timp de 7 luni apare la „Legături fără activitate”/)).toBeInTheDocument();
  });
});

describe('SettingsPage in Romanian', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('ro');
  });

  it.each([
    [1, 'timp de 1 lună apare'],
    [2, 'timp de 2 luni apare'],
    [20, 'timp de 20 de luni apare'],
  ])('says %i months with the right Romanian plural', (months, words) => {
    core({ locale: 'ro', dormantAfterMonths: months });
    renderWithProviders(<SettingsPage />);
    expect(screen.getByText(new RegExp(words))).toBeInTheDocument();
  });

  it('explains a refused value in Romanian', async () => {
    core({ locale: 'ro', dormantAfterMonths: 24 });
    renderWithProviders(<SettingsPage />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Luni fără activitate înregistrată' });
    await user.clear(field);
    await user.type(field, '0');
    await user.tab();
    expect(
      await screen.findByText(
        'Introduceți un număr întreg de luni, de la 1 la 240. Valoarea salvată rămâne neschimbată.',
      ),
    ).toBeInTheDocument();
    expect(saves()).toEqual([]);
  });
});
