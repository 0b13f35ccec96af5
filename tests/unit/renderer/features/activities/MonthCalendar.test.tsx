import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MonthCalendar } from '../../../../../renderer/features/activities/MonthCalendar';
import type { ActivityView } from '../../../../../shared/ipc/channels/activities';
import { renderWithProviders, useLocale } from '../../helpers/render';

const activity = (id: string, title: string, startDate: string, endDate = startDate): ActivityView => ({
  id,
  rev: 1,
  updatedAt: '2026-05-09T10:00:00.000Z',
  title,
  kind: 'youthExchange',
  partnershipIds: ['p1'],
  host: null,
  venue: { name: '', address: '' },
  startDate,
  endDate,
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
  status: 'planned',
  statusHistory: [{ status: 'planned', date: '2026-05-09', note: '' }],
  createdAt: '2026-05-09T10:00:00.000Z',
  links: [],
  hostTown: '',
  participants: 0,
});

/** A day's cell, found by the full date it tells a screen reader ("Wednesday, 30 June 2027"). */
function cellOf(day: string): HTMLElement {
  return screen.getByText((text) => text.replace(',', '') === day).closest('td') as HTMLElement;
}

describe('the month calendar', () => {
  beforeEach(() => useLocale('en'));

  it('shows an activity on every day it lasts, in weeks that start on Monday', () => {
    renderWithProviders(
      <MemoryRouter>
        <MonthCalendar
          month="2027-06"
          rows={[activity('a1', 'Summer camp', '2027-06-30', '2027-07-02')]}
          onMonth={() => undefined}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'June 2027' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Mon');
    expect(
      within(cellOf('Wednesday 30 June 2027')).getByRole('link', { name: 'Summer camp' }),
    ).toHaveAttribute('href', '/activities/a1');
    // The days of July shown to fill the last week stay empty: July has its own page.
    expect(within(cellOf('Thursday 1 July 2027')).queryByRole('link')).toBeNull();
  });

  it('names how many more there are on a busy day, and moves by a month', async () => {
    const onMonth = vi.fn();
    const busy = ['Choir', 'Football', 'Exhibition', 'Council visit', 'School trip'].map((t, i) =>
      activity(`b${i}`, t, '2027-06-12'),
    );
    renderWithProviders(
      <MemoryRouter>
        <MonthCalendar month="2027-06" rows={busy} onMonth={onMonth} />
      </MemoryRouter>,
    );
    const cell = cellOf('Saturday 12 June 2027');
    expect(within(cell).getAllByRole('link')).toHaveLength(3);
    expect(within(cell).getByText('and 2 more')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next month' }));
    expect(onMonth).toHaveBeenCalledWith('2027-07');
  });
});
