import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { PrivacyPage } from '../../../../../renderer/features/privacy/PrivacyPage';
import { exportFileName } from '../../../../../renderer/features/privacy/download';
import { MemoryRouter } from 'react-router';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

const ana = {
  collection: 'committee.members',
  id: 'm-ana',
  name: 'Ana Popescu',
  email: 'ana@example.org',
  context: 'secretary',
};
const petra = {
  collection: 'partnerships.contacts',
  id: 'c-muller',
  name: 'Petra Müller',
  email: 'partnerschaft@example.de',
  context: 'Landshut',
};

/** A core that knows Ana and Petra; erase answers with `erase`, which may throw. */
const REPORT = { erasedRecords: 1, backupsRewritten: 4, filesDeleted: 1, keptMentioningName: [] as string[] };
const UNFINISHED = {
  names: ['Ana Popescu'],
  startedAt: '2026-12-01T09:00:00.000Z',
  recordsLeft: 0,
  backupsLeft: 3,
};
function core(erase: () => unknown = () => REPORT, unfinished: { current: unknown } = { current: null }) {
  let erased = false;
  callMock.mockImplementation((async (channel: string) => {
    if (channel === 'privacy:pendingErasure') return unfinished.current;
    if (channel === 'privacy:finishErasure') {
      unfinished.current = null;
      return { ...REPORT, backupsRewritten: 3, erasedRecords: 0 };
    }
    if (channel === 'person:find') return erased ? [petra] : [ana, petra];
    if (channel === 'person:erase') {
      const report = erase();
      erased = true;
      return report;
    }
    if (channel === 'committee:get') return { municipality: null, committee: null, members: [] };
    // The section on participants' sensitive data past its time: none in these tests.
    if (channel === 'participants:sensitiveDue') return [];
    throw new Error(`unexpected ${channel}`);
  }) as typeof call);
}

/** The requests about finding and erasing people, in order (the sensitive-data section asks its own). */
const erasureCalls = () =>
  callMock.mock.calls.map(([channel]) => channel).filter((c) => c !== 'participants:sensitiveDue');

async function searchFor(text: string) {
  const user = userEvent.setup();
  renderWithProviders(
    <MemoryRouter>
      <PrivacyPage />
    </MemoryRouter>,
  );
  await user.type(screen.getByLabelText('Name or e-mail'), text);
  await user.click(screen.getByRole('button', { name: 'Search' }));
  return user;
}

describe('PrivacyPage', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('asks for two letters and sends nothing to the core for one', async () => {
    core();
    await searchFor('a');
    expect(await screen.findByText('Type at least 2 letters.')).toBeInTheDocument();
    // Only the question the screen asks when it opens: is an erasure left unfinished?
    expect(erasureCalls()).toEqual(['privacy:pendingErasure']);
  });

  it('lists each match with where it lives, and erases nothing until a record is ticked and the erasure confirmed', async () => {
    core();
    const user = await searchFor('example');
    const table = await screen.findByRole('table', { name: 'People found' });
    expect(within(table).getByText('Committee member — Secretary')).toBeInTheDocument();
    expect(within(table).getByText('Partner-town contact — Landshut')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase everywhere…' })).toBeDisabled();

    await user.click(
      screen.getByRole('checkbox', { name: 'Select Ana Popescu (Committee member — Secretary)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Erase everywhere…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase this person everywhere?' });
    expect(dialog).toHaveTextContent('Each backup that mentions them is rewritten without them');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(erasureCalls()).toEqual(['privacy:pendingErasure', 'person:find']);
  });

  it('erases the ticked person only and reports what was removed, rewritten and deleted', async () => {
    core();
    const user = await searchFor('example');
    await user.click(await screen.findByRole('checkbox', { name: /Select Ana Popescu/ }));
    await user.click(screen.getByRole('button', { name: 'Erase everywhere…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase everywhere' }),
    );

    expect(await screen.findByText('Ana Popescu erased')).toBeInTheDocument();
    expect(screen.getByText('Records removed: 1')).toBeInTheDocument();
    expect(screen.getByText('Backups rewritten without them: 4')).toBeInTheDocument();
    expect(
      screen.getByText('Unreadable copies that held their id or e-mail, deleted: 1'),
    ).toBeInTheDocument();
    expect(callMock).toHaveBeenCalledWith('person:erase', {
      refs: [{ collection: 'committee.members', id: 'm-ana' }],
    });
    expect(await screen.findAllByRole('row')).toHaveLength(2); // header and Petra
  });

  it('names the unreadable files it kept because they mention only the name', async () => {
    core(() => ({ ...REPORT, keptMentioningName: ['store.damaged-2026-01-01T00-00-00-000Z.json'] }));
    const user = await searchFor('example');
    await user.click(await screen.findByRole('checkbox', { name: /Select Ana Popescu/ }));
    await user.click(screen.getByRole('button', { name: 'Erase everywhere…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase everywhere' }),
    );
    expect(await screen.findByText(/store\.damaged-2026-01-01T00-00-00-000Z\.json/)).toHaveTextContent(
      'Kept, because they mention the name but not the id or e-mail',
    );
  });

  it('explains an erasure refused before anything was erased in words, and keeps the person listed', async () => {
    core(() => {
      throw new ApiError({ code: 'DISK_FULL', message: 'ENOSPC' });
    });
    const user = await searchFor('example');
    await user.click(await screen.findByRole('checkbox', { name: /Select Ana Popescu/ }));
    await user.click(screen.getByRole('button', { name: 'Erase everywhere…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase everywhere' }),
    );

    expect(
      await screen.findByText('The disk is full. Nothing was changed. Free some space and save again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Select Ana Popescu/ })).toBeChecked();
  });

  it('says the records are erased and how many backups still hold the person when the disk fills half-way, never that nothing changed', async () => {
    const unfinished = { current: null as unknown };
    core(() => {
      unfinished.current = UNFINISHED;
      throw new ApiError({ code: 'DISK_FULL', message: 'ENOSPC' });
    }, unfinished);
    const user = await searchFor('example');
    await user.click(await screen.findByRole('checkbox', { name: /Select Ana Popescu/ }));
    await user.click(screen.getByRole('button', { name: 'Erase everywhere…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase everywhere' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An erasure was not finished');
    expect(alert).toHaveTextContent(
      'The records of Ana Popescu are erased. Backups that still hold them: 3.',
    );
    expect(alert).toHaveTextContent('The disk is full: free some space, then press Finish.');
    expect(screen.queryByText(/Nothing was changed/)).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Finish' }));
    expect(await screen.findByText('Ana Popescu erased')).toBeInTheDocument();
  });
});

describe('an erasure left unfinished', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('is shown when the screen opens, with the backups that still hold the person, and finished with Finish', async () => {
    core(undefined, { current: UNFINISHED });
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter>
        <PrivacyPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText('An erasure was not finished')).toBeInTheDocument();
    expect(
      screen.getByText('The records of Ana Popescu are erased. Backups that still hold them: 3.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByText('Ana Popescu erased')).toBeInTheDocument();
    expect(screen.getByText('Backups rewritten without them: 3')).toBeInTheDocument();
    expect(screen.queryByText('An erasure was not finished')).not.toBeInTheDocument();
    expect(callMock).toHaveBeenCalledWith('privacy:finishErasure', {});
  });
});

describe('the personal-data export file name', () => {
  it('is plain letters from the name, and the export date', () => {
    expect(exportFileName('Ana Popescu', '2026-11-30T10:00:00.000Z')).toBe(
      'personal-data-ana-popescu-2026-11-30.json',
    );
    expect(exportFileName('Ștefan Țurcanu-Müller', '2026-11-30T10:00:00.000Z')).toBe(
      'personal-data-stefan-turcanu-muller-2026-11-30.json',
    );
    expect(exportFileName('李明', '2026-11-30T10:00:00.000Z')).toBe('personal-data-person-2026-11-30.json');
  });
});

describe('the privacy words', () => {
  it('exist in every language with the same keys', () => {
    const catalogs = import.meta.glob<{ default: unknown }>(
      '../../../../../renderer/i18n/locales/*/privacy.json',
      { eager: true },
    );
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    const byLanguage = Object.values(catalogs).map((catalog) => keys(catalog.default).sort());
    expect(byLanguage).toHaveLength(4);
    for (const other of byLanguage.slice(1)) expect(other).toEqual(byLanguage[0]);
  });
});
