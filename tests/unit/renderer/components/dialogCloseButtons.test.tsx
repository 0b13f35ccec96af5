import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmModal } from '../../../../renderer/components/ConfirmModal';
import { MemberModal } from '../../../../renderer/features/committee/MemberModal';
import { useAppStore } from '../../../../renderer/state/store';
import { renderWithProviders, useLocale } from '../helpers/render';

describe('the small × in a dialog corner', () => {
  beforeEach(async () => {
    useAppStore.setState({ profile: { municipality: null, committee: null, members: [] } });
    await useLocale('de');
  });

  it('is left out of a confirmation, whose Cancel button says the same, and Escape cancels it', async () => {
    const onCancel = vi.fn();
    renderWithProviders(
      <ConfirmModal
        opened
        title="Löschen?"
        message="Wirklich?"
        confirmLabel="Löschen"
        cancelLabel="Abbrechen"
        onConfirm={vi.fn()}
        onCancel={onCancel}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    const names = [...dialog.querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(names).toEqual(['Abbrechen', 'Löschen']);
    await userEvent.setup().keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });

  it('is called "Close" in the UI language in the member dialog', async () => {
    renderWithProviders(<MemberModal member={null} onClose={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });
});
