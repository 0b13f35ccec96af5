import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { useCommands } from '../../../../../renderer/app/useCommands';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { AgreementPage } from '../../../../../renderer/features/agreements/AgreementPage';
import { useAppStore } from '../../../../../renderer/state/store';
import type { Agreement, AgreementContent } from '../../../../../shared/domain/agreement/model';
import type { Channel } from '../../../../../shared/ipc/contract';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
// pdf.js draws on canvases happy-dom lacks; the preview's own drawing is checked end to end.
vi.mock('../../../../../renderer/features/agreements/PdfPages', () => ({
  PdfPages: () => <p>pages drawn</p>,
}));

const callMock = vi.mocked(call);

function withoutSignatoryName(content: AgreementContent): AgreementContent {
  const [vienne, esslingen] = content.parties;
  return {
    ...content,
    parties: [{ ...vienne, signatories: vienne.signatories.map((s) => ({ ...s, name: '' })) }, esslingen],
  };
}

function serve(proposal: AgreementContent) {
  callMock.mockImplementation(async (channel: Channel, input: unknown) => {
    switch (channel) {
      case 'partnership:get':
        return { id: 'p1', partners: [{ place: { name: 'Esslingen am Neckar' } }] };
      case 'agreement:get':
        return { agreement: null, proposal, objectives: proposal.objectives };
      case 'agreement:save': {
        const { content } = input as { content: AgreementContent };
        const stamp = '2026-05-01T10:00:00.000Z';
        return {
          id: 'a1',
          partnershipId: 'p1',
          draft: content,
          versions: [],
          createdAt: stamp,
          updatedAt: stamp,
        } satisfies Agreement;
      }
      case 'document:render':
        return {
          bytes: new TextEncoder().encode('%PDF-'),
          fileName: 'charter-vienne-esslingen-am-neckar-fr-de-draft.pdf',
          mime: 'application/pdf',
        };
      default:
        throw new Error(`unexpected ${channel}`);
    }
  });
}

/** The app's keys, as the layout around every screen answers them. */
function WithCommands({ children }: { children: ReactNode }) {
  useCommands();
  return children;
}

async function renderPage(proposal: AgreementContent) {
  serve(proposal);
  useAppStore.setState({
    agreementView: null,
    agreementDraft: null,
    agreementDirty: false,
    partnership: null,
  });
  renderWithProviders(
    <MemoryRouter initialEntries={['/partnerships/p1/agreement']}>
      <Routes>
        <Route
          path="/partnerships/:id/agreement"
          element={
            <WithCommands>
              <AgreementPage />
            </WithCommands>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByRole('tab', { name: /Languages and signing|Limbi și semnare/ });
  return userEvent.setup();
}

const channels = () => callMock.mock.calls.map(([channel]) => channel);

describe('AgreementPage', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('refuses to print while a signatory has no name, says who, and sends nothing to print', async () => {
    const user = await renderPage(withoutSignatoryName(printableCharter()));
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The charter cannot be printed yet: 1 point to fix. Everything you typed is kept.',
    );
    expect(alert).toHaveTextContent('Signatory 1 of Vienne has no name.');
    // {signatoryA} in the clauses is the same missing name: said once, not once per language.
    expect(alert).not.toHaveTextContent('{signatoryA}');
    expect(channels()).not.toContain('document:render');
    expect(channels()).not.toContain('agreement:save');

    await user.click(screen.getByRole('button', { name: 'Signatory 1 of Vienne has no name.' }));
    const signatory = screen.getAllByRole('group', { name: 'Signatory 1' })[0] as HTMLElement;
    expect(signatory).toHaveTextContent('Needed to print');
  });

  it('names the clause and the language of an empty clause, and opens it from the message', async () => {
    const content = printableCharter();
    const de = content.texts.de;
    if (!de) throw new Error('the charter has a German text');
    const emptied = {
      ...content,
      texts: {
        ...content.texts,
        de: { ...de, clauses: { ...de.clauses, preamble: { heading: 'Präambel', body: '  ' } } },
      },
    };
    const user = await renderPage(emptied);
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    const message = await screen.findByRole('button', { name: 'The clause “Preamble” is empty in German.' });
    await user.click(message);
    expect(screen.getByRole('group', { name: 'Preamble in German' })).toHaveTextContent(
      'Needs attention before printing',
    );
    expect(screen.getByRole('group', { name: 'Preamble in French' })).not.toHaveTextContent(
      'Needs attention before printing',
    );
  });

  it('says it in Romanian when the app is in Romanian', async () => {
    await useLocale('ro');
    const user = await renderPage(withoutSignatoryName(printableCharter()));
    await user.click(screen.getByRole('button', { name: 'Verifică și previzualizează' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Semnatarul 1 al părții Vienne nu are nume.');
  });

  it('saves and previews once the charter passes the check, and the message goes away as the name is typed', async () => {
    const user = await renderPage(withoutSignatoryName(printableCharter()));
    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    await user.click(await screen.findByRole('button', { name: 'Signatory 1 of Vienne has no name.' }));
    const group = screen.getAllByRole('group', { name: 'Signatory 1' })[0] as HTMLElement;
    const name = group.querySelector('input') as HTMLInputElement;
    await user.type(name, 'Thierry Kovacs');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check and preview' }));
    expect(await screen.findByRole('dialog', { name: 'Preview of the draft' })).toHaveTextContent(
      'charter-vienne-esslingen-am-neckar-fr-de-draft.pdf',
    );
    expect(channels().filter((c) => c.startsWith('agreement:') || c.startsWith('document:'))).toEqual([
      'agreement:get',
      'agreement:save',
      'document:render',
    ]);
    expect(useAppStore.getState().agreementDraft?.parties[0].signatories[0]?.name).toBe('Thierry Kovacs');
  });

  it('saves the draft with Ctrl+S while the cursor is still in a field', async () => {
    const user = await renderPage(printableCharter());
    await user.click(screen.getByRole('tab', { name: 'Parties' }));
    const region = screen.getAllByLabelText('Region')[0] as HTMLInputElement;
    await user.clear(region);
    await user.type(region, 'Auvergne-Rhône-Alpes');
    await user.keyboard('{Control>}s{/Control}');
    await vi.waitFor(() => expect(channels()).toContain('agreement:save'));
    const saved = callMock.mock.calls.find(([c]) => c === 'agreement:save')?.[1] as {
      content: AgreementContent;
    };
    expect(saved.content.parties[0].region).toBe('Auvergne-Rhône-Alpes');
  });
});
