import type { StateCreator } from 'zustand';
import type { ActivityDraft } from '../../shared/domain/activities/activity';
import type { OrganisationDraft } from '../../shared/domain/activities/organisation';
import type {
  ActivityChoices,
  ActivityFilter,
  ActivityStatusInput,
  ActivityView,
  OrganisationRecord,
  RemovedActivity,
} from '../../shared/ipc/channels/activities';
import type { RecordChange } from '../../shared/ipc/events';
import { call } from '../api/client';
import type { AppState } from './store';

export interface ActivitiesSlice {
  activityRows: ActivityView[] | null;
  activityFilter: ActivityFilter;
  /** The activity open on the detail page. */
  activity: ActivityView | null;
  activityChoices: ActivityChoices | null;
  organisations: OrganisationRecord[] | null;
  /** One more whenever an activity changes, so lists kept by a screen (a link's tab, the overview) reload. */
  activitiesVersion: number;
  loadActivities(filter?: ActivityFilter): Promise<void>;
  loadActivity(id: string): Promise<ActivityView>;
  loadActivityChoices(): Promise<ActivityChoices>;
  saveActivity(draft: ActivityDraft): Promise<ActivityView>;
  setActivityStatus(input: ActivityStatusInput): Promise<void>;
  removeActivity(id: string): Promise<RemovedActivity>;
  restoreActivity(id: string): Promise<ActivityView>;
  loadOrganisations(): Promise<void>;
  saveOrganisation(draft: OrganisationDraft, rev?: number): Promise<OrganisationRecord>;
  removeOrganisation(id: string): Promise<void>;
  /** After the core's store:changed: what this slice has loaded and the change touched. */
  refreshActivities(changes: readonly RecordChange[], reset: boolean): Promise<void>;
}

const ACTIVITY_COLLECTIONS = new Set(['activities', 'participants', 'partnerships', 'municipality']);

export const createActivitiesSlice: StateCreator<AppState, [], [], ActivitiesSlice> = (set, get) => {
  /** Responses can arrive out of order while the user types; only the latest request counts. */
  let listRequest = 0;
  const show = (activity: ActivityView) => set({ activity });
  return {
    activityRows: null,
    activityFilter: {},
    activity: null,
    activityChoices: null,
    organisations: null,
    activitiesVersion: 0,
    loadActivities: async (filter) => {
      const wanted = filter ?? get().activityFilter;
      const request = ++listRequest;
      set({ activityFilter: wanted });
      const rows = await call('activities:list', wanted);
      if (request === listRequest) set({ activityRows: rows });
    },
    loadActivity: async (id) => {
      const activity = await call('activities:get', { id });
      show(activity);
      return activity;
    },
    loadActivityChoices: async () => {
      const choices = await call('activities:choices', {});
      set({ activityChoices: choices });
      return choices;
    },
    saveActivity: async (draft) => {
      const activity = await call('activities:save', draft);
      show(activity);
      return activity;
    },
    setActivityStatus: async (input) => show(await call('activities:setStatus', input)),
    removeActivity: async (id) => {
      const removed = await call('activities:remove', { id });
      const rows = get().activityRows;
      set({
        activity: get().activity?.id === id ? null : get().activity,
        activityRows: rows ? rows.filter((r) => r.id !== id) : rows,
      });
      return removed;
    },
    restoreActivity: (id) => call('activities:restore', { id }),
    loadOrganisations: async () => set({ organisations: await call('organisations:list', {}) }),
    saveOrganisation: async (draft, rev) => {
      const saved = await call('organisations:save', rev === undefined ? { draft } : { draft, rev });
      await get().loadOrganisations();
      return saved;
    },
    removeOrganisation: async (id) => {
      await call('organisations:remove', { id });
      await get().loadOrganisations();
    },
    refreshActivities: async (changes, reset) => {
      const s = get();
      const touched = reset || changes.some((c) => ACTIVITY_COLLECTIONS.has(c.collection));
      const tasks: Promise<unknown>[] = [];
      if (touched) {
        set({ activitiesVersion: s.activitiesVersion + 1 });
        if (s.activityRows) tasks.push(s.loadActivities());
        if (s.activityChoices) tasks.push(s.loadActivityChoices());
        const open = s.activity;
        const mine = open && changes.find((c) => c.collection === 'activities' && c.id === open.id);
        if (open && mine?.op === 'remove') set({ activity: null });
        else if (open && (reset || !mine || mine.rev > open.rev))
          tasks.push(s.loadActivity(open.id).catch(() => set({ activity: null })));
      }
      // An activity is a link's sign of life: the registry's last activity and the quiet links follow it.
      if (!reset && changes.some((c) => c.collection === 'activities')) {
        if (s.dashboard) tasks.push(s.loadDashboard());
        if (s.partnershipRows) tasks.push(s.loadPartnershipRows());
      }
      if (s.organisations && (reset || changes.some((c) => c.collection === 'organisations')))
        tasks.push(s.loadOrganisations());
      await Promise.allSettled(tasks);
    },
  };
};
