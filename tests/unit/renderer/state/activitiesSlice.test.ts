import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../renderer/api/client';
import { useAppStore } from '../../../../renderer/state/store';
import type { ActivityView } from '../../../../shared/ipc/channels/activities';

vi.mock('../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const callMock = vi.mocked(call);
const view = (rev: number, title = 'Summer camp'): ActivityView => ({
  id: 'a1',
  rev,
  updatedAt: '2026-05-09T10:00:00.000Z',
  title,
  kind: 'youthExchange',
  partnershipIds: ['p1'],
  host: null,
  venue: { name: '', address: '' },
  startDate: '2026-07-01',
  endDate: '2026-07-02',
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
  status: 'idea',
  statusHistory: [{ status: 'idea', date: '2026-05-09', note: '' }],
  createdAt: '2026-05-09T10:00:00.000Z',
  links: [{ id: 'p1', title: 'Landshut' }],
  hostTown: '',
  participants: 0,
});

describe('activitiesSlice after a change in the store', () => {
  beforeEach(() => {
    callMock.mockReset();
    useAppStore.setState({
      activity: view(2),
      activityRows: null,
      activitiesVersion: 0,
      organisations: null,
    });
  });

  it('reloads the open activity when someone else saved a newer revision, and tells kept lists to reload', async () => {
    callMock.mockResolvedValue(view(3, 'Summer camp in Landshut'));
    await useAppStore
      .getState()
      .refreshActivities([{ collection: 'activities', id: 'a1', rev: 3, op: 'put' }], false);
    expect(callMock).toHaveBeenCalledWith('activities:get', { id: 'a1' });
    expect(useAppStore.getState().activity?.title).toBe('Summer camp in Landshut');
    expect(useAppStore.getState().activitiesVersion).toBe(1);
  });

  it('keeps what its own save already shows, and closes an activity deleted elsewhere', async () => {
    const refresh = useAppStore.getState().refreshActivities;
    await refresh([{ collection: 'activities', id: 'a1', rev: 2, op: 'put' }], false);
    expect(callMock).not.toHaveBeenCalled();
    await refresh([{ collection: 'activities', id: 'a1', rev: 3, op: 'remove' }], false);
    expect(useAppStore.getState().activity).toBeNull();
  });

  it('leaves activities alone when only another collection changed', async () => {
    await useAppStore
      .getState()
      .refreshActivities([{ collection: 'members', id: 'm1', rev: 1, op: 'put' }], false);
    expect(callMock).not.toHaveBeenCalled();
    expect(useAppStore.getState().activitiesVersion).toBe(0);
  });
});
