import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { CommitteeInfoForm } from '../../../../../renderer/features/committee/CommitteeInfoForm';
import { unsavedNames } from '../../../../../renderer/app/pendingChanges';
import { useAppStore } from '../../../../../renderer/state/store';
import type { SavedCommitteeInfo } from '../../../../../shared/domain/committee';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const callMock = vi.mocked(call);

const saved: SavedCommitteeInfo = {
  name: 'Comité de jumelage de Vienne',
  legalForm: 'association',
  address: '1 place de l’Hôtel de Ville',
  email: 'jumelage@vienne.fr',
  registrationNumber: 'W381000123',
  rev: 3,
};

function renderForm(committee: SavedCommitteeInfo | null = null) {
  useAppStore.setState({ profile: { municipality: null, committee, members: [] } });
  renderWithProviders(<CommitteeInfoForm />);
  return userEvent.setup();
}

describe('CommitteeInfoForm', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('starts from the saved committee', () => {
    renderForm(saved);
    expect(screen.getByLabelText(/^Name of the committee/)).toHaveValue(saved.name);
    expect(screen.getByLabelText('E-mail')).toHaveValue(saved.email);
  });

  it('shows "Required" for an empty name and an e-mail hint, without calling the core', async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText('E-mail'), 'jumelage@');
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address such as name@example.org')).toBeInTheDocument();
    expect(callMock).not.toHaveBeenCalled();
  });

  it('says it in French when the app is in French', async () => {
    await useLocale('fr');
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: /Enregistrer/ }));
    expect(await screen.findByText('Obligatoire')).toBeInTheDocument();
    expect(callMock).not.toHaveBeenCalled();
  });

  it('sends the committee to the core once it is valid', async () => {
    callMock.mockImplementation(
      fakeCore({ 'committee:save': ({ rev: _rev, ...info }) => ({ ...info, rev: 1 }) }) as typeof call,
    );
    const user = renderForm();
    await user.type(screen.getByLabelText(/^Name of the committee/), saved.name);
    await user.type(screen.getByLabelText('E-mail'), saved.email);
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    await vi.waitFor(() =>
      expect(useAppStore.getState().profile?.committee).toMatchObject({ name: saved.name, rev: 1 }),
    );
    expect(callMock).toHaveBeenCalledWith(
      'committee:save',
      expect.objectContaining({ name: saved.name, email: saved.email }),
    );
  });

  it('shows the translated disk-full message when saving fails, and keeps the typed text', async () => {
    callMock.mockRejectedValue(new ApiError({ code: 'DISK_FULL', message: 'The disk is full' }));
    const user = renderForm(saved);
    const name = screen.getByLabelText(/^Name of the committee/);
    await user.clear(name);
    await user.type(name, 'Comité de jumelage Vienne–Esslingen');
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The disk is full. Nothing was changed. Free some space and save again.',
    );
    expect(name).toHaveValue('Comité de jumelage Vienne–Esslingen');
    expect(useAppStore.getState().profile?.committee).toEqual(saved);
  });

  it('sends the revision it was opened at, and after a newer change elsewhere says so and keeps the typing', async () => {
    const sent: unknown[] = [];
    callMock.mockImplementation(
      fakeCore({
        'committee:save': (input) => {
          sent.push(input);
          if (sent.length > 1) throw new ApiError({ code: 'CONFLICT', message: 'stale' });
          return { ...saved, ...input, rev: 4 };
        },
      }) as typeof call,
    );
    const user = renderForm(saved);
    const address = screen.getByLabelText('Address');
    await user.type(address, ', 38200 Vienne');
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    await vi.waitFor(() => expect(useAppStore.getState().profile?.committee?.rev).toBe(4));
    expect(sent[0]).toMatchObject({ rev: 3 });

    await user.type(address, ', France');
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this in the meantime.');
    expect(sent[1]).toMatchObject({ rev: 4 });
    expect(address).toHaveValue('1 place de l’Hôtel de Ville, 38200 Vienne, France');
  });

  it('counts as unsaved while typed and not saved, so leaving the screen or closing the window asks first', async () => {
    callMock.mockImplementation(
      fakeCore({ 'committee:save': (input) => ({ ...saved, ...input, rev: 4 }) }) as typeof call,
    );
    const user = renderForm(saved);
    expect(unsavedNames()).toEqual([]);
    await user.type(screen.getByLabelText('Address'), ', 38200 Vienne');
    expect(unsavedNames()).toEqual(['the committee details form']);
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    await vi.waitFor(() => expect(unsavedNames()).toEqual([]));
  });

  it('shows the read-only message when the data folder cannot be written', async () => {
    callMock.mockRejectedValue(new ApiError({ code: 'STORE_READ_ONLY', message: 'read-only' }));
    const user = renderForm(saved);
    await user.click(screen.getByRole('button', { name: 'Save committee' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data folder is read-only, so nothing can be saved.',
    );
  });
});
