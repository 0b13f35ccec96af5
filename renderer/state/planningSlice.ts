import type { StateCreator } from 'zustand';
import type { RecordChange } from '../../shared/ipc/events';
import type { AppState } from './store';

/**
 * What plans, tasks, meetings and the timeline show depends on these collections too (owners,
 * linked activities, the applications whose deadlines the timeline marks).
 */
const PLANNING_COLLECTIONS = new Set([
  'plans',
  'tasks',
  'meetings',
  'members',
  'activities',
  'partnerships',
  'applications',
]);

export interface PlanningSlice {
  /** One more whenever a plan, task, meeting or what they name changes: lists kept by screens ask again. */
  planningVersion: number;
  /** Who "me" is on this computer for "my tasks"; '' until chosen. */
  me: string;
  setMe(memberId: string): void;
  refreshPlanning(changes: readonly RecordChange[], reset: boolean): void;
}

const ME_KEY = 'twinning.me';

export const createPlanningSlice: StateCreator<AppState, [], [], PlanningSlice> = (set, get) => ({
  planningVersion: 0,
  me: globalThis.localStorage?.getItem(ME_KEY) ?? '',
  setMe: (memberId) => {
    globalThis.localStorage?.setItem(ME_KEY, memberId);
    set({ me: memberId });
  },
  refreshPlanning: (changes, reset) => {
    if (reset || changes.some((c) => PLANNING_COLLECTIONS.has(c.collection)))
      set({ planningVersion: get().planningVersion + 1 });
  },
});
