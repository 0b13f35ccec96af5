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

function core(
  conflicts: SyncConflict[] = [],
  status: Partial<SyncStatus> = {},
  more: Parameters<typeof fakeCore>[0] = {},
) {
  const answer = fakeCore({
    'sync:config': () => null,
    'sync:status': () => ({ ...off, conflicts: conflicts.length, ...status }),
    'sync:conflicts': () => conflicts,
    'sync:configure': ({ password: _password, ...config }) => ({ ...config, user: config.user ?? '' }),
    'sync:test': () => ({ ok: false, reason: 'unauthorised', detail: 'no' }),
    'sync:resolve': () => [],
    'sync:start': () => ({ ...off, configured: true, state: 'active', pending: 0 }),
    ...more,
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
    // A value in the table starts with a capital; inside the header's sentence it does not.
    expect(await screen.findByRole('region', { name: 'How sync goes' })).toHaveTextContent('StateOff');
    tell('sync:changed', { ...off, configured: true, state: 'active', pending: 2 });
    expect(screen.getByRole('region', { name: 'How sync goes' })).toHaveTextContent('Sending and receiving');
    expect(screen.getByRole('status')).toHaveTextContent('Sync: sending and receiving');
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
    expect(screen.getByText('Read only')).toBeTruthy();
    expect(screen.getByText('members:m-erased')).toBeTruthy();
  });

  it("says when the OS cannot encrypt the password, in the member's language", async () => {
    await useLocale('de');
    core([], { password: { where: 'session', reason: 'encryption_unavailable', known: false } });
    renderWithProviders(<SyncPage />);
    expect(await screen.findByText(/kann das Passwort gerade nicht verschlüsseln/)).toBeTruthy();
  });

  it('says when nothing answers at the address, naming the field, and holds Start until the address changes', async () => {
    core([], {}, { 'sync:test': () => ({ ok: false, reason: 'unreachable', detail: 'ENOTFOUND' }) });
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    const address = screen.getByRole('textbox', { name: /Server address/ });
    await user.type(address, 'https://cuoch.example.org');
    await user.type(screen.getByRole('textbox', { name: /Database/ }), 'committee');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText(
        /Nothing answers at https:\/\/cuoch\.example\.org\. Check the Server address field/,
      ),
    ).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start sync' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(/The last connection test failed/);
    await user.clear(address);
    await user.type(address, 'https://couch.example.org');
    expect(screen.getByRole('button', { name: 'Start sync' })).toBeEnabled();
    expect(screen.queryByText(/The last connection test failed/)).not.toBeInTheDocument();
  });

  it('tells an address that never answered apart from a server that is offline for now', async () => {
    core([], {
      configured: true,
      state: 'unreached',
      error: { reason: 'never_reached', detail: 'ECONNREFUSED' },
    });
    renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
        <SyncPage />
      </MemoryRouter>,
    );
    const panel = await screen.findByRole('region', { name: 'How sync goes' });
    await vi.waitFor(() => expect(panel).toHaveTextContent('Server never reached'));
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      /Sync did not start: nothing has ever answered at this address.*Check the Server address field above/,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Sync: server never reached');
    tell('sync:changed', {
      ...off,
      configured: true,
      state: 'offline',
      pending: 1,
      error: { reason: 'unreachable', detail: 'ECONNREFUSED' },
    });
    expect(panel).toHaveTextContent('Offline, retrying');
    expect(within(panel).getByRole('alert')).toHaveTextContent(/answered before but does not answer now/);
  });

  it('forgets the password after asking: sync stops and the password is no longer known', async () => {
    const kept = { where: 'os', reason: null, known: true } as const;
    core(
      [],
      { configured: true, state: 'idle', pending: 0, password: kept },
      {
        'sync:config': () => ({ url: 'https://couch.example.org', database: 'committee', user: 'ana' }),
        'sync:forgetPassword': () => ({ ...off, configured: true, password: { ...kept, known: false } }),
      },
    );
    renderWithProviders(<SyncPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Forget the password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forget the password?' });
    expect(dialog).toHaveTextContent(/Sync stops, and ana's password is removed from this computer/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('sync:forgetPassword')).toEqual([]);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Forget the password' }));
    const again = await screen.findByRole('dialog', { name: 'Forget the password?' });
    await user.click(within(again).getByRole('button', { name: 'Forget the password' }));
    expect(sent('sync:forgetPassword')).toEqual([{}]);
    await vi.waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Forget the password' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: 'How sync goes' })).toHaveTextContent('StateOff');
    expect(screen.getByRole('button', { name: 'Start sync' })).toBeEnabled();
  });

  it('offers to forget the password in the member’s language', async () => {
    await useLocale('fr');
    core(
      [],
      { configured: true, password: { where: 'os', reason: null, known: true } },
      {
        'sync:config': () => ({ url: 'https://couch.example.org', database: 'committee', user: 'ana' }),
      },
    );
    renderWithProviders(<SyncPage />);
    expect(await screen.findByRole('button', { name: 'Oublier le mot de passe' })).toBeTruthy();
  });
});
