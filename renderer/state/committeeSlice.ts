import type { StateCreator } from 'zustand';
import type {
  CommitteeInfoEdit,
  CommitteeProfile,
  MemberDraft,
  MunicipalityEdit,
  SavedCommitteeInfo,
  SavedMunicipality,
} from '../../shared/domain/committee';
import { call } from '../api/client';
import type { AppState } from './store';

export interface CommitteeSlice {
  profile: CommitteeProfile | null;
  loadCommittee(): Promise<void>;
  /** Saves from a form loaded at `rev`; gives back the saved record with its new revision. */
  saveMunicipality(municipality: MunicipalityEdit): Promise<SavedMunicipality>;
  saveCommitteeInfo(info: CommitteeInfoEdit): Promise<SavedCommitteeInfo>;
  saveMember(draft: MemberDraft): Promise<void>;
  deleteMember(id: string): Promise<void>;
}

const emptyProfile: CommitteeProfile = { municipality: null, committee: null, members: [] };

export const createCommitteeSlice: StateCreator<AppState, [], [], CommitteeSlice> = (set, get) => {
  const current = () => get().profile ?? emptyProfile;
  return {
    profile: null,
    loadCommittee: async () => set({ profile: await call('committee:get', {}) }),
    saveMunicipality: async (input) => {
      const municipality = await call('municipality:save', input);
      set({ profile: { ...current(), municipality } });
      return municipality;
    },
    saveCommitteeInfo: async (input) => {
      const committee = await call('committee:save', input);
      set({ profile: { ...current(), committee } });
      return committee;
    },
    saveMember: async (draft) => {
      const member = await call('member:save', draft);
      const members = current().members;
      const exists = members.some((m) => m.id === member.id);
      set({
        profile: {
          ...current(),
          members: exists ? members.map((m) => (m.id === member.id ? member : m)) : [...members, member],
        },
      });
    },
    deleteMember: async (id) => {
      await call('member:delete', { id });
      set({ profile: { ...current(), members: current().members.filter((m) => m.id !== id) } });
    },
  };
};
