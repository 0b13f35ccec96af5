import type { StateCreator } from 'zustand';
import type { PartnershipKind } from '../../shared/domain/partnership';
import type { SearchCriteriaInput, SearchResult } from '../../shared/domain/partnerSearch';
import type { ShortlistDraft, ShortlistEntry } from '../../shared/domain/shortlist';
import { call } from '../api/client';
import type { AppState } from './store';

export interface DiscoverySlice {
  shortlist: ShortlistEntry[] | null;
  searchResult: SearchResult | null;
  searching: boolean;
  runSearch(criteria: SearchCriteriaInput): Promise<void>;
  loadShortlist(): Promise<void>;
  saveShortlistEntry(draft: ShortlistDraft): Promise<ShortlistEntry>;
  deleteShortlistEntry(id: string): Promise<void>;
  /** Returns the id of the partnership created from the candidate. */
  createPartnershipFromShortlist(
    id: string,
    kind: PartnershipKind,
    allowDuplicate?: boolean,
  ): Promise<string>;
}

export const createDiscoverySlice: StateCreator<AppState, [], [], DiscoverySlice> = (set, get) => {
  const replace = (entry: ShortlistEntry) => {
    const list = get().shortlist ?? [];
    const exists = list.some((e) => e.id === entry.id);
    set({ shortlist: exists ? list.map((e) => (e.id === entry.id ? entry : e)) : [...list, entry] });
  };
  /** Keeps the "on the shortlist" marks of the shown results in step with the shortlist. */
  const markResults = () => {
    const result = get().searchResult;
    const list = get().shortlist ?? [];
    if (!result) return;
    const byGeoname = new Map(
      list.filter((e) => e.place.geonameId !== null).map((e) => [e.place.geonameId, e.id]),
    );
    set({
      searchResult: {
        ...result,
        results: result.results.map((r) => ({ ...r, shortlistId: byGeoname.get(r.place.geonameId) ?? null })),
      },
    });
  };
  return {
    shortlist: null,
    searchResult: null,
    searching: false,
    runSearch: async (criteria) => {
      set({ searching: true });
      try {
        set({ searchResult: await call('partnerSearch:run', criteria) });
      } finally {
        set({ searching: false });
      }
    },
    loadShortlist: async () => set({ shortlist: await call('shortlist:list', {}) }),
    saveShortlistEntry: async (draft) => {
      const entry = await call('shortlist:save', draft);
      replace(entry);
      markResults();
      return entry;
    },
    deleteShortlistEntry: async (id) => {
      await call('shortlist:delete', { id });
      set({ shortlist: (get().shortlist ?? []).filter((e) => e.id !== id) });
      markResults();
    },
    createPartnershipFromShortlist: async (id, kind, allowDuplicate) => {
      const { entry, partnershipId } = await call(
        'shortlist:createPartnership',
        allowDuplicate ? { id, kind, allowDuplicate } : { id, kind },
      );
      replace(entry);
      return partnershipId;
    },
  };
};
