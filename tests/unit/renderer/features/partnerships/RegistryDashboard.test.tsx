import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RegistryDashboard } from '../../../../../renderer/features/partnerships/RegistryDashboard';
import { useAppStore } from '../../../../../renderer/state/store';
import type { Dashboard } from '../../../../../shared/domain/dashboard';
import { renderWithProviders, useLocale } from '../../helpers/render';

const empty: Dashboard = {
  today: '2026-12-03',
  horizonDays: 365,
  dormantAfterMonths: 24,
  counts: { prospect: 0, exploring: 0, negotiating: 0, active: 0, dormant: 0, ended: 0 },
  total: 0,
  anniversaries: [],
  dormant: [],
  dormantTotal: 0,
};

function show(dashboard: Dashboard) {
  useAppStore.setState({ dashboard, loadDashboard: async () => undefined });
  renderWithProviders(
    <MemoryRouter>
      <RegistryDashboard />
    </MemoryRouter>,
  );
}

describe('links going quiet on the home screen', () => {
  it('does not claim every living link is active when there is no link at all', async () => {
    await useLocale('en');
    show(empty);
    expect(screen.getByText('No partnership recorded yet, so none can go quiet.')).toBeInTheDocument();
    expect(screen.queryByText(/Every living link/)).not.toBeInTheDocument();
  });

  it('says every living link has had some activity when there are links and none is quiet', async () => {
    await useLocale('en');
    show({ ...empty, total: 2, counts: { ...empty.counts, active: 2 } });
    expect(
      screen.getByText('Every living link has had some activity in the last 24 months.'),
    ).toBeInTheDocument();
  });
});
