import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { AgreementPage } from '../../../../../renderer/features/agreements/AgreementPage';
import { AUTOSAVE_DELAY_MS } from '../../../../../renderer/features/agreements/useAutosave';
import { useAppStore } from '../../../../../renderer/state/store';
import type { Agreement, AgreementContent } from '../../../../../shared/domain/agreement/model';
import type { Channel } from '../../../../../shared/ipc/contract';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
vi.mock('../../../../../renderer/features/agreements/PdfPages', () => ({
  PdfPages: () => <p>pages drawn</p>,
}));

const callMock = vi.mocked(call);
const stamp = '2026-05-01T10:00:00.000Z';
const stored = (draft: AgreementContent): Agreement => ({
  id: 'a1',
  partnershipId: 'p1',
  draft,
  versions: [],
  createdAt: stamp,
  updatedAt: stamp,
});

/** What agreement:save answers; each test sets it. */
let answerSave: (content: AgreementContent) => Promise<Agreement>;

function serve() {
  callMock.mockImplementation(async (channel: Channel, input: unknown) => {
    switch (channel) {
      case 'partnership:get':
        return { id: 'p1', partners: [{ place: { name: 'Esslingen am Neckar' } }] };
      case 'agreement:get':
        return { agreement: null, proposal: printableCharter(), objectives: [] };
      case 'agreement:save':
        return answerSave((input as { content: AgreementContent }).content);
      default:
        throw new Error(`unexpected ${channel}`);
    }
  });
}

function Elsewhere() {
  return <p>the partnership</p>;
}

/** A link out of the editor, as the navigation gives. */
function LeaveButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate('/partnerships/p1')}>
      leave
    </button>
  );
}

/** Opens the editor on the Parties tab, then stops the clock: from here on, time moves only when told. */
async function openParties() {
  serve();
  useAppStore.setState({
    agreementView: null,
    agreementDraft: null,
    agreementDirty: false,
    partnership: null,
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/partnerships/p1/agreement']}>
      <LeaveButton />
      <Routes>
        <Route path="/partnerships/:id/agreement" element={<AgreementPage />} />
        <Route path="/partnerships/:id" element={<Elsewhere />} />
      </Routes>
    </MemoryRouter>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: 'Parties' }));
  vi.useFakeTimers();
}

const region = () => screen.getAllByLabelText('Region')[0] as HTMLInputElement;
const type = (value: string) => fireEvent.change(region(), { target: { value } });
/** Lets time pass, and the promises it releases settle. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const saves = () =>
  callMock.mock.calls
    .filter(([channel]) => channel === 'agreement:save')
    .map(([, input]) => (input as { content: AgreementContent }).content.parties[0].region);
const indicator = () => screen.getByRole('status', { name: 'Save state' });

describe('Charter autosave', () => {
  beforeEach(async () => {
    callMock.mockReset();
    answerSave = async (content) => stored(content);
    await useLocale('en');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once typing has paused for 1.5 s, not at every keystroke, and then says Saved', async () => {
    await openParties();
    type('Auvergne');
    await wait(1000);
    type('Auvergne-Rhône');
    await wait(1000);
    type('Auvergne-Rhône-Alpes');
    await wait(AUTOSAVE_DELAY_MS - 1);
    expect(saves()).toEqual([]);
    expect(indicator()).toHaveTextContent('Unsaved changes');

    await wait(1);
    expect(saves()).toEqual(['Auvergne-Rhône-Alpes']);
    expect(indicator()).toHaveTextContent('Saved');
    expect(useAppStore.getState().agreementDirty).toBe(false);
  });

  it('leaves a space typed just before the pause where it is, though the core stores the text trimmed', async () => {
    await openParties();
    answerSave = async (content) =>
      stored({
        ...content,
        parties: [{ ...content.parties[0], region: content.parties[0].region.trim() }, content.parties[1]],
      });
    type('Auvergne ');
    await wait(AUTOSAVE_DELAY_MS);
    expect(saves()).toEqual(['Auvergne ']);
    expect(region().value).toBe('Auvergne ');
    type('Auvergne Rhône');
    expect(region().value).toBe('Auvergne Rhône');
  });

  it('saves nothing just for opening a charter that was never saved', async () => {
    await openParties();
    await wait(AUTOSAVE_DELAY_MS * 3);
    expect(saves()).toEqual([]);
  });

  it('keeps the edits and says why when the disk is full, then saves them at the next change', async () => {
    await openParties();
    answerSave = () => Promise.reject(new ApiError({ code: 'DISK_FULL', message: 'ENOSPC' }));
    type('Isère (38)');
    await wait(AUTOSAVE_DELAY_MS);
    expect(saves()).toEqual(['Isère (38)']);
    expect(indicator()).toHaveTextContent('Not saved');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The disk is full. Nothing was changed. Free some space and save again. Your edits are kept; saving is tried again at your next change.',
    );
    expect(region().value).toBe('Isère (38)');
    expect(useAppStore.getState().agreementDirty).toBe(true);
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeEnabled();

    answerSave = async (content) => stored(content);
    type('Isère (38), France');
    await wait(AUTOSAVE_DELAY_MS);
    expect(saves()).toEqual(['Isère (38)', 'Isère (38), France']);
    expect(indicator()).toHaveTextContent('Saved');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tries a failed save again when Save draft is pressed', async () => {
    await openParties();
    answerSave = () => Promise.reject(new ApiError({ code: 'STORE_READ_ONLY', message: 'EROFS' }));
    type('Isère (38)');
    await wait(AUTOSAVE_DELAY_MS);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The data folder is read-only, so nothing can be saved.',
    );

    answerSave = async (content) => stored(content);
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await wait(0);
    expect(saves()).toEqual(['Isère (38)', 'Isère (38)']);
    expect(indicator()).toHaveTextContent('Saved');
  });

  it('never sends a second save while one is on its way: the edits made meanwhile go in one follow-up', async () => {
    await openParties();
    let finish: () => void = () => undefined;
    answerSave = (content) =>
      new Promise((resolve) => {
        finish = () => resolve(stored(content));
      });
    type('One');
    await wait(AUTOSAVE_DELAY_MS);
    expect(indicator()).toHaveTextContent('Saving…');
    type('One, two');
    await wait(AUTOSAVE_DELAY_MS);
    type('One, two, three');
    await wait(AUTOSAVE_DELAY_MS);
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await wait(0);
    expect(saves()).toEqual(['One']);

    answerSave = async (content) => stored(content);
    finish();
    await wait(0);
    expect(saves()).toEqual(['One', 'One, two, three']);
    expect(useAppStore.getState().agreementDirty).toBe(false);
    expect(indicator()).toHaveTextContent('Saved');
  });

  it('does not send a draft the core would refuse (by autosave, button, Ctrl+S or preview), and names the field to shorten instead', async () => {
    await openParties();
    type('x'.repeat(121));
    await wait(AUTOSAVE_DELAY_MS * 2);
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    fireEvent.keyDown(region(), { key: 's', code: 'KeyS', ctrlKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Check and preview' }));
    await wait(AUTOSAVE_DELAY_MS);
    expect(saves()).toEqual([]);
    expect(callMock.mock.calls.map(([channel]) => channel)).not.toContain('document:render');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved yet: fix these fields first. Everything you typed is kept.A field of Vienne is too long: at most 120 characters.',
    );
    expect(indicator()).toHaveTextContent('Not saved: fix the fields below');
    expect(region().value).toHaveLength(121);

    type('Isère');
    await wait(AUTOSAVE_DELAY_MS);
    expect(saves()).toEqual(['Isère']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks a clause text that is too long under the field itself', async () => {
    await openParties();
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Clauses' }));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Clauses of the charter' })).getByText('Preamble'),
    );
    const french = screen.getByRole('group', { name: 'Preamble in French' });
    const body = french.querySelector('textarea') as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'a'.repeat(10_001) } });
    expect(french).toHaveTextContent('Too long: at most 10,000 characters');
    expect(
      screen.getByText('The text of “Preamble” in French is too long: at most 10,000 characters.'),
    ).toBeInTheDocument();
  });

  it('saves what is unsaved when the editor is left before the pause is over', async () => {
    await openParties();
    type('Isère (38)');
    await wait(200);
    fireEvent.click(screen.getByRole('button', { name: 'leave' }));
    await wait(0);
    expect(screen.getByText('the partnership')).toBeInTheDocument();
    expect(saves()).toEqual(['Isère (38)']);
    await wait(AUTOSAVE_DELAY_MS * 2);
    expect(saves()).toEqual(['Isère (38)']);
  });
});
