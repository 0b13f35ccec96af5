import { notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, saveFile, subscribe } from '../../../../../renderer/api/client';
import { SyncFileSection } from '../../../../../renderer/features/sync/SyncFileSection';
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

const progressListeners: ((payload: unknown) => void)[] = [];
function progress(payload: unknown) {
  const checked = events['task:progress'].parse(payload);
  for (const listener of progressListeners) listener(checked);
}

const chooseFile = async (container: HTMLElement, name = 'ana.twinsync') => {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input.accept).toBe('.twinsync');
  await userEvent.setup().upload(input, new File(['{"format":"twinning-desk/sync-file"}\n'], name));
};

describe('the Sync screen’s file exchange', () => {
  let shown: string[];
  beforeEach(async () => {
    callMock.mockReset();
    vi.mocked(saveFile).mockReset();
    vi.mocked(saveFile).mockResolvedValue({ outcome: 'saved', path: '/media/usb/ana.twinsync' });
    progressListeners.length = 0;
    vi.mocked(subscribe).mockImplementation(((event: string, listener: (p: unknown) => void) => {
      if (event === 'task:progress') progressListeners.push(listener);
      return () => undefined;
    }) as typeof subscribe);
    shown = [];
    vi.spyOn(notifications, 'show').mockImplementation((data) => (shown.push(String(data.message)), ''));
    await useLocale('en');
  });

  it('saves the committee’s records through the save dialog as a sync file, showing how far it has come', async () => {
    let taskId = '';
    let finish: () => void = () => undefined;
    const bytes = new TextEncoder().encode('{}\n');
    callMock.mockImplementation(
      fakeCore({
        'sync:exportFile': (input) => {
          taskId = input.taskId ?? '';
          return new Promise((resolve) => {
            finish = () =>
              resolve({
                fileName: 'twinning-desk-sync-2026-12-07.twinsync',
                size: 2048,
                documents: 3,
                bytes,
              });
          });
        },
      }) as typeof call,
    );
    renderWithProviders(<SyncFileSection onImported={() => undefined} />);
    expect(screen.getByRole('region', { name: 'Exchange a file' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save a sync file' }));
    await vi.waitFor(() => expect(taskId).not.toBe(''));
    progress({ taskId, phase: 'gather', done: 200, total: 600, cancellable: true });
    expect(await screen.findByText('Gathering the records: 200 of 600')).toBeInTheDocument();
    finish();
    await vi.waitFor(() =>
      expect(shown).toEqual([
        'The sync file is saved (2 kB). Import it on the other laptop with Import a sync file.',
      ]),
    );
    expect(saveFile).toHaveBeenCalledWith({
      bytes,
      fileName: 'twinning-desk-sync-2026-12-07.twinsync',
      mime: 'application/x-twinning-sync',
      open: false,
    });
  });

  it('merges a chosen file and says how many conflicts now wait below', async () => {
    const onImported = vi.fn();
    callMock.mockImplementation(
      fakeCore({ 'sync:importFile': () => ({ documents: 12, added: 3, conflicts: 1 }) }) as typeof call,
    );
    const { container } = renderWithProviders(<SyncFileSection onImported={onImported} />);
    await chooseFile(container);
    await vi.waitFor(() =>
      expect(shown).toEqual([
        'The file is merged: 3 new versions came in. 1 conflict waits for your decision below.',
      ]),
    );
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(callMock).toHaveBeenCalledWith('sync:importFile', {
      bytes: expect.any(Uint8Array),
      taskId: expect.any(String),
    });
  });

  it('says in words what is wrong with a file the core refuses, and that nothing was changed', async () => {
    const onImported = vi.fn();
    const refuse = (code: string, params?: Record<string, string>) => () => {
      throw new ApiError({
        code: 'VALIDATION',
        message: 'refused',
        issues: [{ path: ['bytes'], code, message: 'refused', ...(params ? { params } : {}) }],
      });
    };
    const cases: [() => never, string][] = [
      [
        refuse('sync_file_damaged'),
        'This sync file is damaged: it was cut short or changed after it was saved. Nothing was changed; ask for a new one.',
      ],
      [refuse('sync_file_not_sync_file'), 'This is not a Twinning Desk sync file. Nothing was changed.'],
      [
        refuse('sync_file_other_committee', { name: 'Städtepartnerschaft Landshut' }),
        "This sync file holds the records of another committee (Städtepartnerschaft Landshut), not this laptop's. Nothing was changed.",
      ],
    ];
    for (const [answer, message] of cases) {
      callMock.mockImplementation(fakeCore({ 'sync:importFile': answer }) as typeof call);
      const view = renderWithProviders(<SyncFileSection onImported={onImported} />);
      await chooseFile(view.container, 'from-ion.twinsync');
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      view.unmount();
    }
    expect(onImported).not.toHaveBeenCalled();
    expect(shown).toEqual([]);
  });

  it('says when the records are more than one sync file can carry, and saves nothing', async () => {
    callMock.mockImplementation(
      fakeCore({
        'sync:exportFile': () => {
          throw new ApiError({
            code: 'TOO_LARGE',
            message: 'too large',
            issues: [
              {
                path: [],
                code: 'sync_file_too_large',
                message: 'too large',
                params: { size: 70 * 1024 * 1024, max: 60 * 1024 * 1024 },
              },
            ],
          });
        },
      }) as typeof call,
    );
    renderWithProviders(<SyncFileSection onImported={() => undefined} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save a sync file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The committee's records make a file of 70 MB, more than the 60 MB one sync file can carry. Use the committee's server instead.",
    );
    expect(saveFile).not.toHaveBeenCalled();
  });
});
