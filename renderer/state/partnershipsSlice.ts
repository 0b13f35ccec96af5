import type { StateCreator } from 'zustand';
import type { Dashboard } from '../../shared/domain/dashboard';
import type {
  ObjectiveDraft,
  Partnership,
  PartnershipDraft,
  TimelineDraft,
} from '../../shared/domain/partnership';
import type { PartnershipSummary } from '../../shared/domain/partnershipSummary';
import type {
  HealthInput,
  PartnershipFilter,
  StatusChangeInput,
  StatusCorrectionInput,
} from '../../shared/ipc/channels/partnerships';
import { call } from '../api/client';
import type { AppState } from './store';

export interface PartnershipsSlice {
  partnershipRows: PartnershipSummary[] | null;
  partnershipFilter: PartnershipFilter;
  /** The link open on the detail page. */
  partnership: Partnership | null;
  dashboard: Dashboard | null;
  loadPartnershipRows(filter?: PartnershipFilter): Promise<void>;
  loadPartnership(id: string): Promise<Partnership>;
  savePartnership(draft: PartnershipDraft): Promise<Partnership>;
  deletePartnership(id: string): Promise<void>;
  setPartnershipStatus(change: StatusChangeInput): Promise<void>;
  correctPartnershipStatus(correction: StatusCorrectionInput): Promise<void>;
  saveObjective(draft: ObjectiveDraft): Promise<void>;
  deleteObjective(partnershipId: string, id: string): Promise<void>;
  saveTimelineEntry(draft: TimelineDraft): Promise<void>;
  deleteTimelineEntry(partnershipId: string, id: string): Promise<void>;
  saveHealth(input: HealthInput): Promise<void>;
  loadDashboard(): Promise<void>;
}

export const createPartnershipsSlice: StateCreator<AppState, [], [], PartnershipsSlice> = (set, get) => {
  /** Responses can arrive out of order while the user types; only the latest request counts. */
  let listRequest = 0;
  const show = (partnership: Partnership) => set({ partnership });
  return {
    partnershipRows: null,
    partnershipFilter: {},
    partnership: null,
    dashboard: null,
    loadPartnershipRows: async (filter) => {
      const wanted = filter ?? get().partnershipFilter;
      const request = ++listRequest;
      set({ partnershipFilter: wanted });
      const rows = await call('partnership:list', wanted);
      if (request === listRequest) set({ partnershipRows: rows });
    },
    loadPartnership: async (id) => {
      const partnership = await call('partnership:get', { id });
      show(partnership);
      return partnership;
    },
    savePartnership: async (draft) => {
      const partnership = await call('partnership:save', draft);
      show(partnership);
      return partnership;
    },
    deletePartnership: async (id) => {
      await call('partnership:delete', { id });
      const rows = get().partnershipRows;
      set({ partnership: null, partnershipRows: rows ? rows.filter((r) => r.id !== id) : rows });
    },
    setPartnershipStatus: async (change) => show(await call('partnership:setStatus', change)),
    correctPartnershipStatus: async (correction) => show(await call('partnership:correctStatus', correction)),
    saveObjective: async (draft) => show(await call('objective:save', draft)),
    deleteObjective: async (partnershipId, id) => show(await call('objective:delete', { partnershipId, id })),
    saveTimelineEntry: async (draft) => show(await call('timeline:save', draft)),
    deleteTimelineEntry: async (partnershipId, id) =>
      show(await call('timeline:delete', { partnershipId, id })),
    saveHealth: async (input) => show(await call('health:save', input)),
    loadDashboard: async () => set({ dashboard: await call('dashboard:get', {}) }),
  };
};
