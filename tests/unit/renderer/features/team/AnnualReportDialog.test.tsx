import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, saveFile } from '../../../../../renderer/api/client';
import {
  AnnualReportDialog,
  defaultReportYear,
} from '../../../../../renderer/features/team/AnnualReportDialog';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  saveFile: vi.fn(),
}));

describe('printing the annual report', () => {
  beforeEach(async () => {
    await useLocale('en');
    vi.mocked(call).mockReset();
    vi.mocked(saveFile).mockReset();
  });

  it('offers last year until the end of March, when assemblies hear about it, and this year after', () => {
    expect(defaultReportYear(new Date(2027, 2, 31))).toBe(2026);
    expect(defaultReportYear(new Date(2027, 3, 1))).toBe(2027);
  });

  it('names the year when it is out of range and prints nothing until it is fixed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AnnualReportDialog opened onClose={() => undefined} />);
    const year = screen.getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '1850');
    expect(await screen.findByText('Enter a year between 1900 and 2200.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
    expect(call).not.toHaveBeenCalled();
  });

  it('asks for the year in two languages and saves the PDF through the one save path', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    vi.mocked(call).mockResolvedValue({
      bytes,
      fileName: 'annual-report-2025-en-ro.pdf',
      mime: 'application/pdf',
    });
    vi.mocked(saveFile).mockResolvedValue({ outcome: 'downloaded' });
    renderWithProviders(<AnnualReportDialog opened onClose={onClose} />);
    const year = screen.getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2025');
    const second = screen.getByLabelText('Second language', { selector: 'input' });
    await user.click(second);
    const list = document.getElementById(second.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('the second language has no option list');
    await user.click(within(list).getByRole('option', { name: 'Romanian', hidden: true }));
    expect(
      screen.getByText('The whole report comes once in each language, one after the other.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(call).toHaveBeenCalledWith('document:render', {
      kind: 'annualReport',
      params: { year: 2025, languages: ['en', 'ro'], reportingCurrency: 'EUR' },
    });
    expect(saveFile).toHaveBeenCalledWith({
      bytes,
      fileName: 'annual-report-2025-en-ro.pdf',
      mime: 'application/pdf',
      open: false,
    });
    expect(onClose).toHaveBeenCalled();
  });
});
