import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { LeaveGuard } from '../../../../../renderer/app/LeaveGuard';
import { PartnershipEditPage } from '../../../../../renderer/features/partnerships/PartnershipEditPage';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

/** The new-partnership form in a data router, with a way out and the leave guard, as the layout gives. */
function renderForm() {
  const router = createMemoryRouter(
    [
      {
        path: '/partnerships/new',
        element: (
          <>
            <Link to="/committee">Committee</Link>
            <LeaveGuard />
            <PartnershipEditPage />
          </>
        ),
      },
      { path: '/committee', element: <p>the committee page</p> },
      { path: '/partnerships', element: <p>the registry</p> },
    ],
    { initialEntries: ['/partnerships/new'] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return userEvent.setup();
}

const notes = () => screen.getByLabelText('Notes') as HTMLTextAreaElement;

describe('PartnershipEditPage leaving with unsaved changes', () => {
  beforeEach(async () => {
    vi.mocked(call).mockReset();
    await useLocale('en');
  });

  it('leaves at once when nothing was changed', async () => {
    const user = renderForm();
    await user.click(screen.getByRole('link', { name: 'Committee' }));
    expect(await screen.findByText('the committee page')).toBeInTheDocument();
  });

  it('asks before leaving a changed form, and staying keeps what was typed', async () => {
    const user = renderForm();
    fireEvent.change(notes(), { target: { value: 'Met the mayor in May' } });
    await user.click(screen.getByRole('link', { name: 'Committee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent(
      'Not saved yet: the partnership form. If you leave now, these changes are lost.',
    );

    // The dialog's × is named "Keep editing" too; this is the button that says it.
    await user.click(screen.getByText('Keep editing'));
    expect(screen.queryByText('the committee page')).not.toBeInTheDocument();
    expect(notes().value).toBe('Met the mayor in May');

    await user.click(screen.getByRole('link', { name: 'Committee' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('the committee page')).toBeInTheDocument();
  });

  it('does not ask again when Cancel is pressed on purpose', async () => {
    const user = renderForm();
    fireEvent.change(notes(), { target: { value: 'Met the mayor in May' } });
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByText('the registry')).toBeInTheDocument();
  });

  it('asks in Romanian when the app is in Romanian', async () => {
    await useLocale('ro');
    const user = renderForm();
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Întâlnire cu primarul' } });
    await user.click(screen.getByRole('link', { name: 'Committee' }));
    expect(await screen.findByRole('dialog', { name: 'Plecați fără să salvați?' })).toHaveTextContent(
      'Nu sunt salvate încă: formularul de parteneriat.',
    );
  });
});

describe('PartnershipEditPage with a partner town outside Europe', () => {
  beforeEach(async () => {
    vi.mocked(call).mockReset();
    await useLocale('en');
  });

  it('offers Zambia, sends a town typed by hand with no coordinates, and asks before a second link with it', async () => {
    const user = renderForm();
    const sent: unknown[] = [];
    vi.mocked(call).mockImplementation(async (channel, input) => {
      if (channel === 'partnership:save') {
        sent.push(input);
        throw new ApiError({
          code: 'DUPLICATE',
          message: 'Lusaka is already a partner town',
          issues: [{ path: ['partners'], code: 'same_partner_town', message: 'p-lusaka' }],
        });
      }
      if (channel === 'partnership:get') return { id: 'p-lusaka', partners: [{ place: { name: 'Lusaka' } }] };
      return [];
    });
    fireEvent.change(screen.getByLabelText(/^Town/), { target: { value: 'Lusaka' } });
    // The country list holds the whole world, not only Europe.
    await user.type(screen.getByRole('combobox', { name: /^Country/ }), 'Zamb');
    const list = screen.getByRole('listbox', { name: /^Country/, hidden: true });
    await user.click(within(list).getByRole('option', { name: 'Zambia', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save partnership' }));

    const dialog = await screen.findByRole('dialog', { name: 'Lusaka is already a partner town' });
    expect(dialog).toHaveTextContent('Lusaka already has a link with you: “Lusaka”.');
    expect(sent).toEqual([
      expect.objectContaining({
        partners: [
          expect.objectContaining({
            place: expect.objectContaining({
              name: 'Lusaka',
              country: 'ZM',
              coordinates: null,
              source: 'manual',
            }),
          }),
        ],
      }),
    ]);
    expect(sent[0]).not.toHaveProperty('allowDuplicate');
  });
});
