import type { StateCreator } from 'zustand';
import type { HostHouseholdDraft } from '../../shared/domain/activities/household';
import type { HouseholdRecord } from '../../shared/ipc/channels/hosts';
import type { RecordChange } from '../../shared/ipc/events';
import { call } from '../api/client';
import type { AppState } from './store';

export interface HostsSlice {
  /** The register of host families, kept from one activity to the next. */
  households: HouseholdRecord[] | null;
  /** One more whenever a household, a placement or a participant changes, so a hosts tab asks again. */
  hostsVersion: number;
  loadHouseholds(): Promise<void>;
  saveHousehold(draft: HostHouseholdDraft, rev?: number): Promise<HouseholdRecord>;
  removeHousehold(id: string): Promise<void>;
  refreshHosts(changes: readonly RecordChange[], reset: boolean): Promise<void>;
}

const HOST_COLLECTIONS = new Set(['households', 'hostAssignments', 'participants', 'activities']);

export const createHostsSlice: StateCreator<AppState, [], [], HostsSlice> = (set, get) => ({
  households: null,
  hostsVersion: 0,
  loadHouseholds: async () => set({ households: await call('households:list', {}) }),
  saveHousehold: async (draft, rev) => {
    const saved = await call('households:save', rev === undefined ? { draft } : { draft, rev });
    await get().loadHouseholds();
    return saved;
  },
  removeHousehold: async (id) => {
    await call('households:remove', { id });
    await get().loadHouseholds();
  },
  refreshHosts: async (changes, reset) => {
    if (!reset && !changes.some((c) => HOST_COLLECTIONS.has(c.collection))) return;
    set({ hostsVersion: get().hostsVersion + 1 });
    if (get().households)
      await get()
        .loadHouseholds()
        .catch(() => undefined);
  },
});
