import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, subscribe } from '../../../../../renderer/api/client';
import { ImportSection } from '../../../../../renderer/features/transfer/ImportSection';
import type { ImportPreview, PreviewRow } from '../../../../../shared/domain/importPreview';
import type { Input } from '../../../../../shared/ipc/contract';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
  subscribe: vi.fn(),
}));
const callMock = vi.mocked(call);

const FILE = ['Localitatea;Oraș partener;Țară', 'Sibiu;Rennes;Franța', 'Brașov;Tours;Franța'].join('\n');
const towns = { 2: ['Sibiu', 'Rennes'], 3: ['Brașov', 'Tours'] } as const;

function row(line: 2 | 3, own: string): PreviewRow {
  const [home, partner] = towns[line];
  const mine = home === own;
  return {
    line,
    values: {
      home,
      partner,
      country: 'Franța',
      year: '',
      kind: '',
      status: '',
      region: '',
      contact: '',
      email: '',
      phone: '',
      notes: '',
    },
    status: mine ? 'ok' : 'error',
    issues: mine ? [] : [{ code: 'otherHomeTown', params: { value: home, home: own } }],
    country: 'FR',
    kind: null,
    linkStatus: null,
    signedOn: null,
    match: null,
    options: [],
  };
}

/** What the core answers: without a home town, the question; with one, that town's rows ready. */
function preview(input: Input<'import:preview'>): ImportPreview {
  const homeTowns = (own: string | undefined) =>
    ['Sibiu', 'Brașov'].map((name) => ({ name, rows: 1, own: name === own }));
  const base = { delimiter: ';' as const, columns: {}, ignoredColumns: [] };
  if (input.home === undefined) {
    return {
      ...base,
      homeTowns: homeTowns(undefined),
      problems: [{ code: 'severalHomeTowns', params: { towns: ['Sibiu', 'Brașov'] } }],
      rows: [],
      counts: { ok: 0, ambiguous: 0, error: 0 },
    };
  }
  return {
    ...base,
    homeTowns: homeTowns(input.home),
    problems: [],
    rows: [row(2, input.home), row(3, input.home)],
    counts: { ok: 1, ambiguous: 0, error: 1 },
  };
}

const sent: Input<'import:preview'>[] = [];

/** Opens the home-town Select and picks a town in its own list. */
async function chooseHome(option: string) {
  const input = await screen.findByRole('combobox', {
    name: 'The file holds the links of several towns. Which one is yours?',
  });
  await userEvent.click(input);
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!list) throw new Error('the home-town choice has no option list');
  await userEvent.click(within(list).getByRole('option', { name: option, hidden: true }));
}

describe('the import preview of a file with several home towns', () => {
  beforeEach(async () => {
    sent.length = 0;
    callMock.mockReset();
    callMock.mockImplementation(
      fakeCore({
        'import:preview': (input) => {
          sent.push(input);
          return preview(input);
        },
      }) as typeof call,
    );
    vi.mocked(subscribe).mockImplementation((() => () => undefined) as typeof subscribe);
    await useLocale('en');
  });

  it('lets the secretary change the home town she chose, on the same file, as often as she likes', async () => {
    renderWithProviders(<ImportSection />);
    await userEvent.click(screen.getByLabelText('Paste the CSV here'));
    await userEvent.paste(FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    const which = () =>
      screen.getByRole('combobox', {
        name: 'The file holds the links of several towns. Which one is yours?',
      });
    await chooseHome('Brașov (1 row)');
    const table = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Rennes.*Cannot use/);
    expect(screen.getByRole('button', { name: 'Import 1 partnership' })).toBeEnabled();

    // The choice stays on the preview, showing the town chosen, and can be changed.
    expect(which()).toHaveValue('Brașov (1 row)');
    expect(
      screen.getByText('Chose the wrong one? Choose another: the file stays as it was read.'),
    ).toBeInTheDocument();
    await chooseHome('Sibiu (1 row)');
    await waitFor(() => expect(which()).toHaveValue('Sibiu (1 row)'));
    const rows = within(screen.getByRole('table', { name: 'Rows of the file' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Rennes.*Ready/);
    expect(rows[2]).toHaveTextContent(/Tours.*Cannot use/);
    expect(screen.getByText(/not imported: Brașov \(1 row\)/)).toBeInTheDocument();

    // Each preview read the very same text: nothing had to be pasted or picked again.
    expect(sent.map((s) => [s.home, s.text])).toEqual([
      [undefined, FILE],
      ['Brașov', FILE],
      ['Sibiu', FILE],
    ]);
  });
});
