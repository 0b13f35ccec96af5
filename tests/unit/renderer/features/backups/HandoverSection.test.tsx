import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, saveFile } from '../../../../../renderer/api/client';
import { HandoverSection } from '../../../../../renderer/features/backups/HandoverSection';
import { HandoverArchive, MAX_ARCHIVE_BYTES } from '../../../../../shared/domain/handover';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  saveFile: vi.fn(),
}));
const callMock = vi.mocked(call);

const small = HandoverArchive.parse({
  fileName: 'twinning-desk-handover.zip',
  size: 2048,
  // An empty zip: its end-of-central-directory record alone.
  bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
});

describe('HandoverSection', () => {
  beforeEach(async () => {
    callMock.mockReset();
    vi.mocked(saveFile).mockReset();
    vi.mocked(saveFile).mockResolvedValue({ outcome: 'downloaded' });
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
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ bytes: small.bytes, fileName: small.fileName }),
    );
  });
});
