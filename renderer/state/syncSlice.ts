import type { StateCreator } from 'zustand';
import type { EventPayload } from '../../shared/ipc/events';
import { call } from '../api/client';
import { changeLocale, systemLocale } from '../i18n';
import type { AppState } from './store';

type StoreChanged = EventPayload<'store:changed'>;

export interface SyncSlice {
  /**
   * Brings what the window has loaded up to date after the core's `store:changed`: only the
   * slices whose collections changed, and in them only the records named. A whole-store
   * change (a restore, a hand-over, recovery) reloads every loaded slice and the language.
   */
  applyStoreChange(event: StoreChanged): Promise<void>;
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set, get) => {
  async function refreshRows(ids: Set<string>, removed: Set<string>): Promise<void> {
    const rows = get().partnershipRows;
    if (!rows) return;
    const known = new Set(rows.map((r) => r.id));
    // A new link may belong anywhere in the sorted list: only then is the whole list asked for.
    if ([...ids].some((id) => !known.has(id) && !removed.has(id))) return get().loadPartnershipRows();
    const wanted = [...ids].filter((id) => known.has(id) && !removed.has(id));
    const fresh = wanted.length
      ? await call('partnership:list', { ...get().partnershipFilter, ids: wanted })
      : [];
    const byId = new Map(fresh.map((r) => [r.id, r]));
    const current = get().partnershipRows ?? [];
    set({
      partnershipRows: current.flatMap((r) => {
        if (!ids.has(r.id)) return [r];
        const updated = byId.get(r.id);
        // Gone, or no longer matching the filter shown.
        return updated ? [updated] : [];
      }),
    });
  }

  return {
    applyStoreChange: async ({ changes, reset }) => {
      const s = get();
      const of = (...collections: string[]) => changes.filter((c) => collections.includes(c.collection));
      const status = s.loadStatus();
      const tasks: Promise<unknown>[] = [status];

      if (reset) {
        // A restored store may speak another language (or the recovery screen had none yet).
        tasks.push(
          status.then(async ({ state }) => {
            if (state !== 'ready') return;
            const settings = await get().loadSettings();
            await changeLocale(settings.locale ?? systemLocale());
          }),
        );
      } else if (s.settings && of('settings').length) tasks.push(s.loadSettings());
      if (s.profile && (reset || of('members', 'municipality', 'committeeInfo').length))
        tasks.push(s.loadCommittee());

      const links = of('partnerships');
      if (reset) {
        if (s.partnershipRows) tasks.push(s.loadPartnershipRows());
        if (s.partnership)
          tasks.push(s.loadPartnership(s.partnership.id).catch(() => set({ partnership: null })));
      } else if (links.length) {
        const removed = new Set(links.filter((c) => c.op === 'remove').map((c) => c.id));
        tasks.push(refreshRows(new Set(links.map((c) => c.id)), removed));
        const open = s.partnership;
        const mine = open && links.find((c) => c.id === open.id);
        // The window's own save already shows this revision; only someone else's change reloads.
        if (open && mine && mine.op === 'remove') set({ partnership: null });
        else if (open && mine && mine.rev > open.rev) tasks.push(s.loadPartnership(open.id));
      }
      if (s.dashboard && (reset || links.length)) tasks.push(s.loadDashboard());
      if (s.shortlist && (reset || of('shortlist').length)) tasks.push(s.loadShortlist());

      // The charter editor types ahead of the store: only a replaced store or a deleted charter reloads it.
      const view = s.agreementView;
      const charterGone =
        view?.agreement && of('agreements').some((c) => c.op === 'remove' && c.id === view.agreement?.id);
      if (view && (reset || charterGone)) tasks.push(s.loadAgreement(view.partnershipId));
      if (reset) tasks.push(s.loadBackups());
      // Money: a rate changes every converted figure, so any money record reloads what is shown.
      if (
        reset ||
        of('rates', 'budgetLines', 'ledger', 'cofinancing', 'budgetCategories', 'activities').length
      )
        tasks.push(s.refreshMoney());
      tasks.push(s.refreshActivities(changes, reset));
      tasks.push(s.refreshParticipants(changes, reset));
      tasks.push(s.refreshHosts(changes, reset));
      s.refreshPlanning(changes, reset);

      await Promise.allSettled(tasks);
    },
  };
};
