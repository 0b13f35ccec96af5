import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { PlanMilestones } from '../../../../../renderer/features/plan/PlanMilestones';
import type { PlanRecord } from '../../../../../shared/domain/plan/plan';
import type { Partnership } from '../../../../../shared/domain/partnership';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

// Signed in 2004: nothing round falls in 2026–2028, so only what the plan keeps is listed.
const partnership: Pick<Partnership, 'id' | 'signings'> = {
  id: 'p-ornans',
  signings: [{ id: 's1', date: '2004-06-14', place: 'Ornans', note: '' }],
};

const plan: PlanRecord = {
  id: 'plan-1',
  partnershipId: 'p-ornans',
  firstYear: 2026,
  actions: [
    {
      id: 'a-charter',
      title: 'Renew the charter',
      year: 2027,
      objectiveIds: [],
      activityIds: [],
      ownerId: null,
      status: 'agreed',
      note: '',
      formerOwner: '',
      carried: 0,
    },
  ],
  milestones: [
    {
      id: 'm-choir',
      kind: 'custom',
      title: 'Joint choir festival for the 25th year',
      date: null,
      year: 2028,
      years: null,
      link: { kind: 'action', actionId: 'a-charter' },
    },
  ],
  reviews: [],
  createdAt: '2026-01-05T10:00:00.000Z',
  rev: 4,
  updatedAt: '2026-01-05T10:00:00.000Z',
};

const saved = () =>
  vi
    .mocked(call)
    .mock.calls.filter(([channel]) => channel === 'plan:saveMilestone')
    .map(([, input]) => input);

describe('the milestones of a plan, set by hand', () => {
  beforeEach(async () => {
    await useLocale('en');
    vi.mocked(call).mockReset();
    vi.mocked(call).mockImplementation(
      async (channel) => (channel === 'activities:list' ? [] : plan) as never,
    );
  });

  it('lists a milestone with its year and the action it marks, and names the fields to fix before saving', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PlanMilestones plan={plan} partnership={partnership} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('2028');
    expect(item).toHaveTextContent('Joint choir festival for the 25th year');
    expect(item).toHaveTextContent('Marks the action: Renew the charter');

    await user.click(screen.getByRole('button', { name: 'Add a milestone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a milestone' });
    await user.click(within(dialog).getByRole('button', { name: 'Save the milestone' }));
    expect(await within(dialog).findByText('Check these fields: Milestone, Day.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Milestone/ })).toHaveAccessibleDescription(
      expect.stringContaining('Required'),
    );
    expect(saved()).toEqual([]);
  });

  it('saves a milestone known by its year alone, marking an action of the plan', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PlanMilestones plan={plan} partnership={partnership} />);
    await user.click(screen.getByRole('button', { name: 'Add a milestone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a milestone' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Milestone/ }), 'Charter renewed');
    await user.click(within(dialog).getByRole('radio', { name: 'In a year' }));
    const year = within(dialog).getByRole('textbox', { name: /^Year/ });
    await user.clear(year);
    await user.type(year, '2027');
    const marks = within(dialog).getByRole('combobox', { name: /^Marks/ });
    await user.click(marks);
    const list = document.getElementById(marks.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('the link has no option list');
    await user.click(within(list).getByRole('option', { name: 'Renew the charter (2027)', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the milestone' }));
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toEqual({
      planId: 'plan-1',
      rev: 4,
      milestone: {
        kind: 'custom',
        title: 'Charter renewed',
        date: null,
        year: 2027,
        years: null,
        link: { kind: 'action', actionId: 'a-charter' },
      },
    });
  });

  it('edits a milestone under its own id and removes one with a click', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PlanMilestones plan={plan} partnership={partnership} />);
    await user.click(
      screen.getByRole('button', { name: 'Edit the milestone Joint choir festival for the 25th year' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit the milestone' });
    const title = within(dialog).getByRole('textbox', { name: /^Milestone/ });
    expect(title).toHaveValue('Joint choir festival for the 25th year');
    await user.clear(title);
    await user.type(title, 'Choir festival');
    await user.click(within(dialog).getByRole('button', { name: 'Save the milestone' }));
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toMatchObject({
      id: 'm-choir',
      milestone: { title: 'Choir festival', year: 2028, link: { kind: 'action', actionId: 'a-charter' } },
    });

    await user.click(
      screen.getByRole('button', { name: 'Remove the milestone Joint choir festival for the 25th year' }),
    );
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('plan:removeMilestone', {
        planId: 'plan-1',
        rev: 4,
        milestoneId: 'm-choir',
      }),
    );
  });
});
