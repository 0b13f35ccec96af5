import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { MemberModal } from '../../../../../renderer/features/committee/MemberModal';
import { prepareToLeave } from '../../../../../renderer/app/pendingChanges';
import { useAppStore } from '../../../../../renderer/state/store';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const callMock = vi.mocked(call);

function openModal(onClose = vi.fn()) {
  renderWithProviders(<MemberModal member={null} onClose={onClose} />);
  return { onClose, user: userEvent.setup() };
}

describe('MemberModal', () => {
  beforeEach(async () => {
    callMock.mockReset();
    useAppStore.setState({ profile: { municipality: null, committee: null, members: [] } });
    await useLocale('en');
  });

  it('makes closing the window ask while a member is typed and not saved, and not once the form is back as it opened', async () => {
    const { user } = openModal();
    expect(await prepareToLeave()).toEqual({ unsaved: [] });
    await user.type(screen.getByLabelText(/^Name/), 'Ioana Popescu');
    expect(await prepareToLeave()).toEqual({ unsaved: ['the member form'] });
    await user.clear(screen.getByLabelText(/^Name/));
    expect(await prepareToLeave()).toEqual({ unsaved: [] });
  });

  it('shows "Required" for an empty name and does not call the core', async () => {
    const { user, onClose } = openModal();
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(callMock).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says how long a name may be, and the message goes as soon as the name is short enough', async () => {
    const { user } = openModal();
    const name = screen.getByLabelText(/^Name/);
    await user.click(name);
    await user.paste('A'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(await screen.findByText('Name: at most 120 characters. Shorten it.')).toBeInTheDocument();
    await user.type(name, '{Backspace}');
    await waitFor(() => expect(screen.queryByText('Name: at most 120 characters. Shorten it.')).toBeNull());
    expect(callMock).not.toHaveBeenCalled();
  });

  it('says the limit in Romanian, with the plural Romanian uses', async () => {
    await useLocale('ro');
    const { user } = openModal();
    await user.click(screen.getByLabelText(/^Nume/));
    await user.paste('A'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Salvează membrul' }));
    expect(await screen.findByText('Nume: cel mult 120 de caractere. Scurtați textul.')).toBeInTheDocument();
  });

  it('explains an invalid e-mail and keeps what was typed', async () => {
    const { user } = openModal();
    await user.type(screen.getByLabelText(/^Name/), 'Ana Popescu');
    await user.type(screen.getByLabelText('E-mail'), 'ana@popescu');
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(await screen.findByText('Enter an e-mail address such as name@example.org')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toHaveValue('ana@popescu');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Ana Popescu');
    expect(callMock).not.toHaveBeenCalled();
  });

  it('explains a term that ends before it starts', async () => {
    const { user } = openModal();
    await user.type(screen.getByLabelText(/^Name/), 'Ana');
    await user.type(screen.getByLabelText('Term starts'), '2026-05-01');
    await user.type(screen.getByLabelText('Term ends'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(await screen.findByText('The term cannot end before it starts')).toBeInTheDocument();
    expect(callMock).not.toHaveBeenCalled();
  });

  it('shows the messages in Romanian when the app is in Romanian', async () => {
    await useLocale('ro');
    const { user } = openModal();
    await user.type(screen.getByLabelText('E-mail'), 'nu-e-adresă');
    await user.click(screen.getByRole('button', { name: 'Salvează membrul' }));
    expect(await screen.findByText('Obligatoriu')).toBeInTheDocument();
    expect(
      screen.getByText('Introduceți o adresă de e-mail, de exemplu nume@exemplu.ro'),
    ).toBeInTheDocument();
  });

  it('saves a valid member with the trimmed name and closes', async () => {
    callMock.mockImplementation(async () => ({
      id: 'm1',
      name: 'Ana Popescu',
      role: 'treasurer',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    const { user, onClose } = openModal();
    await user.type(screen.getByLabelText(/^Name/), '  Ana Popescu ');
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(callMock).toHaveBeenCalledWith(
      'member:save',
      expect.objectContaining({ name: 'Ana Popescu', termStart: null }),
    );
    expect(useAppStore.getState().profile?.members.map((m) => m.name)).toEqual(['Ana Popescu']);
  });

  it('shows the translated disk-full message when the save fails, keeping the form open and filled', async () => {
    callMock.mockRejectedValue(
      new ApiError({ code: 'DISK_FULL', message: 'The disk is full; the change was not saved' }),
    );
    const { user, onClose } = openModal();
    await user.type(screen.getByLabelText(/^Name/), 'Ana Popescu');
    await user.type(screen.getByLabelText('Phone'), '+40 21 123 4567');
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(
      await screen.findByText('The disk is full. Nothing was changed. Free some space and save again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Ana Popescu');
    expect(screen.getByLabelText('Phone')).toHaveValue('+40 21 123 4567');
    expect(onClose).not.toHaveBeenCalled();
    expect(useAppStore.getState().profile?.members).toEqual([]);
  });

  it('marks the fields the core rejected', async () => {
    callMock.mockRejectedValue(
      new ApiError({
        code: 'VALIDATION',
        message: 'Invalid input',
        issues: [{ path: ['phone'], code: 'invalid_phone', message: 'x' }],
      }),
    );
    const { user } = openModal();
    await user.type(screen.getByLabelText(/^Name/), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Save member' }));
    expect(await screen.findByText('Use digits, spaces and + ( ) - . / only')).toBeInTheDocument();
  });
});
