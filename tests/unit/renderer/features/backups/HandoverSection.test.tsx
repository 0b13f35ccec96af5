import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { download } from '../../../../../renderer/api/files';
import { HandoverSection } from '../../../../../renderer/features/backups/HandoverSection';
import { HandoverArchive, MAX_ARCHIVE_BYTES } from '../../../../../shared/domain/handover';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
vi.mock('../../../../../renderer/api/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/files')>()),
  download: vi.fn(),
}));
const callMock = vi.mocked(call);

const small = HandoverArchive.parse({
  fileName: 'twinning-desk-handover.zip',
  size: 2048,
  base64: 'UEsFBg==',
});

describe('HandoverSection', () => {
  beforeEach(async () => {
    callMock.mockReset();
    vi.mocked(download).mockReset();
    await useLocale('en');
  });

  it('says a hand-over with backups is too large for a successor and saves the smaller one when asked', async () => {
    callMock.mockImplementation((async (channel: string, input: { includeBackups: boolean }) => {
      if (channel !== 'handover:export') throw new Error(`unexpected ${channel}`);
      if (!input.includeBackups) return small;
      throw new ApiError({
        code: 'TOO_LARGE',
        message: 'too large',
        issues: [
          {
            path: ['includeBackups'],
            code: 'archive_too_large_with_backups',
            message: 'Export without backups',
            params: { size: 62 * 1024 * 1024, max: MAX_ARCHIVE_BYTES },
          },
        ],
      });
    }) as typeof call);
    const user = userEvent.setup();
    renderWithProviders(<HandoverSection />);
    await user.click(screen.getByRole('button', { name: 'Save hand-over file' }));
    expect(await screen.findByText(/more than the 40 MB a successor's app can open/)).toHaveTextContent(
      'Save it without the backups instead.',
    );
    await user.click(screen.getByRole('button', { name: 'Save without backups' }));
    expect(callMock).toHaveBeenLastCalledWith('handover:export', { includeBackups: false });
    expect(download).toHaveBeenCalledTimes(1);
  });
});
