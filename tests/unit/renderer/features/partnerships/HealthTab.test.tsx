import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { prepareToLeave } from '../../../../../renderer/app/pendingChanges';
import { HealthTab } from '../../../../../renderer/features/partnerships/HealthTab';
import { Partnership } from '../../../../../shared/domain/partnership';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

const withObjective: Partnership = Partnership.parse({
  id: 'p1',
  rev: 1,
  kind: 'partnership',
  partners: [
    {
      id: 't1',
      place: {
        name: 'Landshut',
        country: 'DE',
        region: '',
        population: null,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['de'],
      contacts: [],
    },
  ],
  status: 'active',
  statusHistory: [{ status: 'active', date: '2020-01-01', note: '' }],
  signings: [],
  resolutions: [],
  languages: ['de', 'ro'],
  themes: [],
  health: [],
  timeline: [],
  notes: '',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  objectives: [
    {
      id: 'o1',
      statement: 'Exchange two school classes every year',
      theme: 'youth',
      indicator: 'Pupils taking part',
      target: '40 a year',
      agreedOn: '2024-05-01',
    },
  ],
});

describe('the ten keys', () => {
  beforeEach(async () => {
    callMock.mockReset();
    // The core answers with the partnership as saved, checked against the contract's schema.
    callMock.mockImplementation((async () => Partnership.parse(withObjective)) as typeof call);
    await useLocale('en');
  });

  it('tick key 4 from the common objectives the link already has, naming them as evidence', () => {
    renderWithProviders(<HealthTab partnership={withObjective} />);
    const key4 = screen.getByRole('group', { name: /^Key 4/ });
    expect(key4.querySelector('input[type="checkbox"]')).toBeChecked();
    expect(
      screen.getByText('Shown by the app’s records: 1 common objective with an indicator and a target.'),
    ).toBeInTheDocument();
  });

  it('save a tick at once, with no button to press', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HealthTab partnership={withObjective} />);
    await user.click(screen.getByRole('checkbox', { name: /^Key 2/ }));
    expect(callMock).toHaveBeenCalledWith('health:save', {
      partnershipId: 'p1',
      key: 2,
      done: true,
      evidence: '',
    });
  });

  it('keep evidence typed just before the tab is left', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<HealthTab partnership={withObjective} />);
    const evidence = screen.getAllByLabelText('Evidence')[4];
    if (!evidence) throw new Error('no evidence field for key 5');
    await user.type(evidence, 'Team of five since 2023');
    view.unmount();
    await waitFor(() =>
      expect(callMock).toHaveBeenCalledWith('health:save', {
        partnershipId: 'p1',
        key: 5,
        done: false,
        evidence: 'Team of five since 2023',
      }),
    );
  });

  it('keep evidence typed just before the window is closed or reloaded', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HealthTab partnership={withObjective} />);
    const evidence = screen.getAllByLabelText('Evidence')[2];
    if (!evidence) throw new Error('no evidence field for key 3');
    await user.type(evidence, 'Pupils from both towns');
    callMock.mockClear();
    expect(await prepareToLeave()).toEqual({ unsaved: [] });
    expect(callMock).toHaveBeenCalledWith('health:save', {
      partnershipId: 'p1',
      key: 3,
      done: false,
      evidence: 'Pupils from both towns',
    });
  });
});
