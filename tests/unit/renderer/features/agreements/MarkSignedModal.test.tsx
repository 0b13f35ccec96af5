import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../renderer/api/client';
import { MarkSignedModal } from '../../../../../renderer/features/agreements/MarkSignedModal';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

describe('the dialog that asks when and where a charter was signed', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('sends one joint ceremony, or one per town once each signed at home', async () => {
    const onSign = vi.fn().mockResolvedValue(undefined);
    const onClose = vi.fn();
    renderWithProviders(<MarkSignedModal draft={printableCharter()} onSign={onSign} onClose={onClose} />);
    await userEvent.click(screen.getByLabelText('Each town signed at its own ceremony'));
    await userEvent.type(screen.getByLabelText(/Day of signing by Vienne/), '2026-05-09');
    await userEvent.clear(screen.getByLabelText(/Place of signing by Vienne/));
    await userEvent.type(screen.getByLabelText(/Place of signing by Vienne/), 'Vienne');
    await userEvent.type(screen.getByLabelText(/Day of signing by Esslingen am Neckar/), '2026-06-14');
    await userEvent.clear(screen.getByLabelText(/Place of signing by Esslingen am Neckar/));
    await userEvent.type(screen.getByLabelText(/Place of signing by Esslingen am Neckar/), 'Esslingen');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as signed' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSign).toHaveBeenCalledWith({
      ceremonies: [
        { date: '2026-05-09', place: 'Vienne' },
        { date: '2026-06-14', place: 'Esslingen' },
      ],
    });
  });

  it('names the missing place, and shows the core’s refusal of a day to come at its field, keeping what was typed', async () => {
    const onSign = vi.fn().mockRejectedValue(
      new ApiError({
        code: 'VALIDATION',
        message: 'A charter is marked signed once it has been signed',
        issues: [{ path: ['signed', 'ceremonies', 0, 'date'], code: 'date_in_future', message: '' }],
      }),
    );
    const onClose = vi.fn();
    renderWithProviders(<MarkSignedModal draft={printableCharter()} onSign={onSign} onClose={onClose} />);
    await userEvent.type(screen.getByLabelText(/^Day of signing/), '2099-01-01');
    const place = screen.getByLabelText(/^Place of signing/);
    await userEvent.clear(place);
    await userEvent.click(screen.getByRole('button', { name: 'Mark as signed' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(onSign).not.toHaveBeenCalled();
    await userEvent.type(place, 'Vienne');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as signed' }));
    expect(await screen.findByText('The date cannot be in the future')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Day of signing/)).toHaveValue('2099-01-01');
  });
});
