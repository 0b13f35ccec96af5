import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { OrganisationsPage } from '../../../../../renderer/features/activities/OrganisationsPage';
import { useAppStore } from '../../../../../renderer/state/store';
import type { OrganisationRecord } from '../../../../../shared/ipc/channels/activities';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

const school: OrganisationRecord = {
  id: 'o1',
  rev: 1,
  updatedAt: '2026-05-09T10:00:00.000Z',
  name: 'Liceul Brukenthal',
  kind: 'school',
  town: 'Sibiu',
  country: 'RO',
  contactName: '',
  email: '',
  phone: '',
  notes: '',
};

describe('the register of organisations', () => {
  beforeEach(async () => {
    callMock.mockReset();
    useAppStore.setState({ organisations: null });
    await useLocale('en');
  });

  it('removes an organisation only once she confirms, and it leaves the register', async () => {
    let list = [school];
    callMock.mockImplementation(
      fakeCore({
        'organisations:list': () => list,
        'organisations:remove': ({ id }) => {
          list = list.filter((o) => o.id !== id);
          return { id };
        },
      }) as typeof call,
    );
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter>
        <OrganisationsPage />
      </MemoryRouter>,
    );
    const row = (await screen.findByText('Liceul Brukenthal')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /Remove/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this organisation?' });
    expect(callMock).not.toHaveBeenCalledWith('organisations:remove', expect.anything());
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Liceul Brukenthal')).toBeNull());
    expect(callMock).toHaveBeenCalledWith('organisations:remove', { id: 'o1' });
  });

  it('says why the register could not be opened', async () => {
    callMock.mockRejectedValue(new Error('boom'));
    renderWithProviders(
      <MemoryRouter>
        <OrganisationsPage />
      </MemoryRouter>,
    );
    expect(
      await screen.findByText('Something unexpected went wrong. Nothing was changed.'),
    ).toBeInTheDocument();
  });
});
