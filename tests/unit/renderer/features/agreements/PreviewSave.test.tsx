import { notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from '../../../../../renderer/api/browserTransport';
import { call, saveFile } from '../../../../../renderer/api/client';
import { AgreementPage } from '../../../../../renderer/features/agreements/AgreementPage';
import { useAppStore } from '../../../../../renderer/state/store';
import type { Agreement, AgreementContent } from '../../../../../shared/domain/agreement/model';
import type { AppStatus } from '../../../../../shared/domain/appStatus';
import type { Channel } from '../../../../../shared/ipc/contract';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  saveFile: vi.fn(),
}));
vi.mock('../../../../../renderer/features/agreements/PdfPages', () => ({
  PdfPages: () => <p>pages drawn</p>,
}));

const callMock = vi.mocked(call);
const saveFileMock = vi.mocked(saveFile);
const PDF = new TextEncoder().encode('%PDF-1.7');
const shown: string[] = [];
const FILE = 'charter-vienne-esslingen-am-neckar-fr-de-draft.pdf';

function status(transport: AppStatus['transport']): AppStatus {
  return {
    state: 'ready',
    readOnly: false,
    dataDir: '/data',
    schemaVersion: 4,
    appVersion: 'test',
    transport,
    problem: null,
  };
}

async function openPreview(transport: AppStatus['transport']) {
  const draft = printableCharter();
  const stamp = '2026-05-01T10:00:00.000Z';
  const agreement: Agreement = {
    id: 'a1',
    partnershipId: 'p1',
    draft,
    versions: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  callMock.mockImplementation(async (channel: Channel) => {
    const answers: Partial<Record<Channel, unknown>> = {
      'partnership:get': { id: 'p1', partners: [{ place: { name: 'Esslingen am Neckar' } }] },
      'agreement:get': { agreement, proposal: draft as AgreementContent, objectives: [] },
      'document:render': { bytes: PDF, fileName: FILE, mime: 'application/pdf' },
    };
    if (!(channel in answers)) throw new Error(`unexpected ${channel}`);
    return answers[channel] as never;
  });
  useAppStore.setState({
    status: status(transport),
    agreementView: null,
    agreementDraft: null,
    agreementDirty: false,
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/partnerships/p1/agreement']}>
      <Routes>
        <Route path="/partnerships/:id/agreement" element={<AgreementPage />} />
      </Routes>
    </MemoryRouter>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Check and preview' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Preview of the draft' }) };
}

describe('saving the previewed charter', () => {
  beforeEach(async () => {
    callMock.mockReset();
    saveFileMock.mockReset();
    shown.length = 0;
    vi.spyOn(notifications, 'show').mockImplementation((data) => (shown.push(String(data.message)), ''));
    await useLocale('en');
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the PDF under the core’s file name in browser mode', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    // The browser transport's own saving: a download, no call to the host.
    const bridge = createBrowserBridge();
    saveFileMock.mockImplementation(async (request) => {
      const result = await bridge.saveFile(request);
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    });
    const { user, dialog } = await openPreview('browser');
    expect(screen.queryByRole('button', { name: 'Save and open in the PDF viewer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save PDF' }));
    expect(clicked).toEqual([FILE]);
    expect(shown).toEqual([`${FILE} was downloaded.`]);
    expect(callMock.mock.calls.filter(([c]) => c === 'document:render')).toHaveLength(1);
    expect(dialog).toBeInTheDocument();
  });

  it('asks the desktop app to save through its dialog, and to open the file when asked', async () => {
    const { user } = await openPreview('desktop');
    saveFileMock.mockResolvedValue({ outcome: 'saved', path: `/home/secretary/${FILE}` });
    await user.click(screen.getByRole('button', { name: 'Save and open in the PDF viewer' }));
    // The bytes previewed are the bytes saved: nothing is rendered a second time.
    expect(saveFileMock).toHaveBeenCalledWith({
      bytes: PDF,
      fileName: FILE,
      mime: 'application/pdf',
      open: true,
    });
    expect(saveFileMock).toHaveBeenCalledTimes(1);
    expect(callMock.mock.calls.filter(([c]) => c === 'document:render')).toHaveLength(1);
    expect(shown).toEqual([`Saved to /home/secretary/${FILE}.`]);
  });
});
