import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, subscribe } from '../../../../../renderer/api/client';
import { SyncIndicator } from '../../../../../renderer/features/sync/SyncIndicator';
import { SyncPage } from '../../../../../renderer/features/sync/SyncPage';
import { events } from '../../../../../shared/ipc/events';
import type { SyncConflict, SyncStatus } from '../../../../../shared/domain/sync';
import type { Channel } from '../../../../../shared/ipc/contract';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  subscribe: vi.fn(),
}));
const callMock = vi.mocked(call);

const listeners = new Map<string, ((payload: unknown) => void)[]>();
/** An event as the core sends it (checked against the event's schema). */
function tell(event: 'sync:changed' | 'store:changed', payload: unknown) {
  const checked = events[event].parse(payload);
  act(() => (listeners.get(event) ?? []).forEach((listener) => listener(checked)));
}

const off: SyncStatus = {
  configured: false,
  state: 'off',
  lastSyncedAt: null,
  pending: null,
  conflicts: 0,
  unreadable: 0,
  error: null,
};

const conflict: SyncConflict = {
  collection: 'members',
  id: 'm1',
  winner: {
    rev: '2-aaa',
    writtenAt: '2026-11-20T09:00:00.000Z',
    fields: { id: 'm1', name: 'Ana', role: 'chair', phone: '+40 3' },
  },
  others: [
    {
      rev: '2-bbb',
      writtenAt: '2026-11-20T09:05:00.000Z',
      fields: { id: 'm1', name: 'Ana', role: 'treasurer', phone: '' },
    },
  ],
  differing: ['phone', 'role'],
};

function core(conflicts: SyncConflict[] = [], status: Partial<SyncStatus> = {}) {
  const answer = fakeCore({
    'sync:config': () => null,
    'sync:status': () => ({ ...off, conflicts: conflicts.length, ...status }),
    'sync:conflicts': () => conflicts,
    'sync:configure': ({ password: _password, ...config }) => ({ ...config, user: config.user ?? '' }),
    'sync:test': () => ({ ok: false, reason: 'unauthorised', detail: 'no' }),
    'sync:resolve': () => [],
    'sync:start': () => ({ ...off, configured: true, state: 'active', pending: 0 }),
  });
  callMock.mockImplementation(((channel: Channel, input: unknown) => answer(channel, input)) as typeof call);
}

const sent = (channel: string) =>
  callMock.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

describe('the Sync screen', () => {
  beforeEach(async () => {
    callMock.mockReset();
    listeners.clear();
    vi.mocked(subscribe).mockImplementation(((event: string, listener: (p: unknown) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener),
        );
    }) as typeof subscribe);
    await useLocale('en');
  });

  it('asks for the status once, then shows what the core tells as it changes, in the screen and the header', async () => {
    core();
    renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
        <SyncPage />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('region', { name: 'How sync goes' })).toHaveTextContent('off');
    tell('sync:changed', { ...off, configured: true, state: 'active', pending: 2 });
    expect(screen.getByRole('region', { name: 'How sync goes' })).toHaveTextContent('sending and receiving');
    tell('sync:changed', {
      ...off,
      configured: true,
      state: 'idle',
      pending: 0,
      conflicts: 1,
      lastSyncedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Sync: up to date · 1 conflict');
    // One ask each when shown (the header and the screen); never again on a timer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent('sync:status')).toHaveLength(2);
    // A whole-store change (the sample committee opened) may change whether sync is set up: asked again.
    tell('store:changed', { revision: 0, changes: [], reset: true });
    await vi.waitFor(() => expect(sent('sync:status')).toHaveLength(4));
    expect(await screen.findByText('No conflicts: every record has one version.')).toBeInTheDocument();
  });

  it('shows the conflicts a sync file brought in the header even with no server set up', async () => {
    core();
    renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
      </MemoryRouter>,
    );
    await vi.waitFor(() => expect(sent('sync:status')).toHaveLength(1));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    tell('sync:changed', { ...off, conflicts: 2 });
    expect(screen.getByRole('status')).toHaveTextContent('Sync: 2 conflicts');
  });

  it('sends the setup with the password, and says in words when the password is refused', async () => {
    core();
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Server address/ }), 'https://couch.example.org');
    await user.type(screen.getByRole('textbox', { name: /Database/ }), 'committee');
    await user.type(screen.getByRole('textbox', { name: /User/ }), 'ana');
    await user.type(screen.getByLabelText(/Password/), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The server does not accept this user and password.')).toBeTruthy();
    expect(sent('sync:configure')).toEqual([
      { url: 'https://couch.example.org', database: 'committee', user: 'ana', password: 's3cret' },
    ]);
  });

  it('starts sync with the setup when Start sync is pressed, and then offers to stop it', async () => {
    core();
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Server address/ }), 'http://127.0.0.1:5984');
    await user.type(screen.getByRole('textbox', { name: /Database/ }), 'committee');
    await user.click(screen.getByRole('button', { name: 'Start sync' }));
    expect(await screen.findByRole('button', { name: 'Stop sync' })).toBeTruthy();
    expect(sent('sync:start')).toEqual([{}]);
    expect(sent('sync:test')).toEqual([]);
  });

  it('names the field when the address is not a server address, and sends nothing', async () => {
    core();
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Server address/ }), 'couch.example.org');
    await user.type(screen.getByRole('textbox', { name: /Database/ }), 'Committee');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/Enter a server address that starts with https:\/\//)).toBeTruthy();
    expect(screen.getByText(/Lower-case letters, digits/)).toBeTruthy();
    expect(sent('sync:configure')).toEqual([]);
  });

  it('shows both versions of a conflict side by side and saves the values picked field by field', async () => {
    core([conflict]);
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Member: Ana' });
    expect(within(card).getByText('chair')).toBeTruthy();
    expect(within(card).getByText('treasurer')).toBeTruthy();
    expect(within(card).getByText('+40 3')).toBeTruthy();
    await user.click(within(card).getByRole('radio', { name: 'treasurer' }));
    await user.click(within(card).getByRole('button', { name: 'Save the chosen values' }));
    expect(sent('sync:resolve')).toEqual([
      { collection: 'members', id: 'm1', fields: { phone: '2-aaa', role: '2-bbb' } },
    ]);
  });

  it('says where the password is kept, that this member may only read, and which erased records wait for the server', async () => {
    core([], {
      configured: true,
      state: 'idle',
      pending: 2,
      access: 'read',
      password: { where: 'session', reason: 'no_secret_store', known: true },
      awaitingPurge: ['members:m-erased'],
    });
    renderWithProviders(<SyncPage />);
    expect(await screen.findByText(/In the browser there is no secret store/)).toBeTruthy();
    expect(screen.getByText(/Your 2 changes stay on this laptop and are not sent/)).toBeTruthy();
    expect(screen.getByText('read only')).toBeTruthy();
    expect(screen.getByText('members:m-erased')).toBeTruthy();
  });

  it("says when the OS cannot encrypt the password, in the member's language", async () => {
    await useLocale('de');
    core([], { password: { where: 'session', reason: 'encryption_unavailable', known: false } });
    renderWithProviders(<SyncPage />);
    expect(await screen.findByText(/kann das Passwort gerade nicht verschlüsseln/)).toBeTruthy();
  });
});
