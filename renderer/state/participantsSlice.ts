import type { StateCreator } from 'zustand';
import type { Participant, ParticipantDraft } from '../../shared/domain/activities/participant';
import type { ParticipantCountsView, ParticipantRecord } from '../../shared/ipc/channels/participants';
import type { RecordChange } from '../../shared/ipc/events';
import { call } from '../api/client';
import type { AppState } from './store';

/** The register of the activity open on its page, with its counts. */
export interface ParticipantRegister {
  activityId: string;
  rows: ParticipantRecord[];
  counts: ParticipantCountsView;
}

export interface ParticipantsSlice {
  register: ParticipantRegister | null;
  loadParticipants(activityId: string): Promise<void>;
  saveParticipant(draft: ParticipantDraft, rev?: number): Promise<ParticipantRecord>;
  /** Gives back the removed participant, for Undo. */
  removeParticipant(id: string): Promise<Participant>;
  refreshParticipants(changes: readonly RecordChange[], reset: boolean): Promise<void>;
}

const COLLECTIONS = new Set(['participants', 'activities', 'organisations']);

export const createParticipantsSlice: StateCreator<AppState, [], [], ParticipantsSlice> = (set, get) => {
  let request = 0;
  return {
    register: null,
    loadParticipants: async (activityId) => {
      const mine = ++request;
      const [rows, counts] = await Promise.all([
        call('participants:list', { activityId }),
        call('participants:counts', { activityId }),
      ]);
      if (mine === request) set({ register: { activityId, rows, counts } });
    },
    saveParticipant: async (draft, rev) => {
      const saved = await call('participants:save', { draft, ...(rev === undefined ? {} : { rev }) });
      await get().loadParticipants(draft.activityId);
      return saved;
    },
    removeParticipant: async (id) => {
      const removed = await call('participants:remove', { id });
      await get().loadParticipants(removed.activityId);
      return removed;
    },
    refreshParticipants: async (changes, reset) => {
      const open = get().register;
      if (!open || !(reset || changes.some((c) => COLLECTIONS.has(c.collection)))) return;
      await get()
        .loadParticipants(open.activityId)
        .catch(() => set({ register: null }));
    },
  };
};
