import { notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, saveFile, subscribe } from '../../../../../renderer/api/client';
import { HandoverSection } from '../../../../../renderer/features/backups/HandoverSection';
import { HandoverArchive, MAX_ARCHIVE_BYTES } from '../../../../../shared/domain/handover';
import { events } from '../../../../../shared/ipc/events';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  saveFile: vi.fn(),
  subscribe: vi.fn(),
}));
const callMock = vi.mocked(call);

const small = HandoverArchive.parse({
  fileName: 'twinning-desk-handover.zip',
  size: 2048,
  // An empty zip: its end-of-central-directory record alone.
  bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
});

const progressListeners: ((payload: unknown) => void)[] = [];
/** A progress event as the core sends it (checked against the event's schema). */
function progress(payload: unknown) {
  const checked = events['task:progress'].parse(payload);
  for (const listener of progressListeners) listener(checked);
}

describe('HandoverSection', () => {
  beforeEach(async () => {
    callMock.mockReset();
    vi.mocked(saveFile).mockReset();
    vi.mocked(saveFile).mockResolvedValue({ outcome: 'downloaded' });
    progressListeners.length = 0;
    vi.mocked(subscribe).mockImplementation(((event: string, listener: (p: unknown) => void) => {
      if (event === 'task:progress') progressListeners.push(listener);
      return () => undefined;
    }) as typeof subscribe);
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
    expect(callMock).toHaveBeenLastCalledWith('handover:export', {
      includeBackups: false,
      taskId: expect.any(String),
    });
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ bytes: small.bytes, fileName: small.fileName }),
    );
  });

  it('shows how far the export has come and cancels it, saying calmly that nothing was changed', async () => {
    let taskId = '';
    let stop: (error: ApiError) => void = () => undefined;
    callMock.mockImplementation(
      fakeCore({
        'handover:export': (input) => {
          taskId = input.taskId ?? '';
          return new Promise((_resolve, reject) => (stop = reject));
        },
        'task:cancel': (input) => {
          expect(input.taskId).toBe(taskId);
          stop(new ApiError({ code: 'CANCELLED', message: 'cancelled' }));
          return { cancelled: true };
        },
      }) as typeof call,
    );
    const shown: string[] = [];
    vi.spyOn(notifications, 'show').mockImplementation((data) => (shown.push(String(data.message)), ''));
    const user = userEvent.setup();
    renderWithProviders(<HandoverSection />);
    await user.click(screen.getByRole('button', { name: 'Save hand-over file' }));
    expect(await screen.findByText('Preparing…')).toBeInTheDocument();
    progress({ taskId, phase: 'pack', done: 3, total: 12, cancellable: true });
    expect(await screen.findByText('Packing files: 3 of 12')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Packing files: 3 of 12' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    // Another task's progress is not this one's.
    progress({ taskId: 'someone-else', phase: 'pack', done: 11, total: 12, cancellable: true });
    expect(screen.getByText('Packing files: 3 of 12')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(shown).toEqual(['Cancelled. Nothing was changed.']));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('takes the Cancel button away once an import has begun to replace the records', async () => {
    let taskId = '';
    callMock.mockImplementation(
      fakeCore({
        'handover:import': (input) => {
          taskId = input.taskId ?? '';
          return new Promise(() => undefined);
        },
      }) as typeof call,
    );
    const user = userEvent.setup();
    const { container } = renderWithProviders(<HandoverSection />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array(small.bytes)], 'handover.zip', { type: 'application/zip' }));
    await user.click(await screen.findByRole('button', { name: 'Replace my records' }));
    await vi.waitFor(() => expect(taskId).not.toBe(''));
    progress({ taskId, phase: 'check', done: 2, total: 4, cancellable: true });
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    progress({ taskId, phase: 'install', done: 0, total: 1, cancellable: false });
    expect(
      await screen.findByText('Your records are being changed now: this can no longer be cancelled.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });
});
