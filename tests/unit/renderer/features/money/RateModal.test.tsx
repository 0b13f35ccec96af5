import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareToLeave } from '../../../../../renderer/app/pendingChanges';
import { RateModal } from '../../../../../renderer/features/money/RateModal';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

describe('closing a money dialog', () => {
  beforeEach(() => useLocale('en'));

  it('asks before typed changes are thrown away, keeps them when she stays, and closes at once when nothing was typed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithProviders(<RateModal rate={null} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    const rate = screen.getByRole('textbox', { name: /^Rate/ });
    await user.type(rate, '4,9750');
    expect(await prepareToLeave()).toEqual({ unsaved: ['the exchange rate form'] });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('dialog', { name: 'Discard your changes?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(rate).toHaveValue('4,9750');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
