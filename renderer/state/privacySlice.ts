import type { StateCreator } from 'zustand';
import type { ErasureReport, PersonExport, PersonMatch, PersonRef } from '../../shared/domain/privacy';
import { call } from '../api/client';
import type { AppState } from './store';

/** A person's data: find, copy, erase. Nothing is cached; each answer comes fresh from the store. */
export interface PrivacySlice {
  findPerson(text: string): Promise<PersonMatch[]>;
  exportPerson(refs: PersonRef[]): Promise<PersonExport>;
  /** Erases everywhere, then reloads the committee so no screen shows the erased people. */
  erasePerson(refs: PersonRef[]): Promise<ErasureReport>;
}

export const createPrivacySlice: StateCreator<AppState, [], [], PrivacySlice> = (_set, get) => ({
  findPerson: (text) => call('person:find', { text }),
  exportPerson: (refs) => call('person:export', { refs }),
  erasePerson: async (refs) => {
    const report = await call('person:erase', { refs });
    await get().loadCommittee();
    return report;
  },
});
