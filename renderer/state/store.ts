import { create } from 'zustand';
import { createActivitiesSlice, type ActivitiesSlice } from './activitiesSlice';
import { createAgreementsSlice, type AgreementsSlice } from './agreementsSlice';
import { createBackupsSlice, type BackupsSlice } from './backupsSlice';
import { createCommitteeSlice, type CommitteeSlice } from './committeeSlice';
import { createDiscoverySlice, type DiscoverySlice } from './discoverySlice';
import { createMoneySlice, type MoneySlice } from './moneySlice';
import { createParticipantsSlice, type ParticipantsSlice } from './participantsSlice';
import { createHostsSlice, type HostsSlice } from './hostsSlice';
import { createPartnershipsSlice, type PartnershipsSlice } from './partnershipsSlice';
import { createPlanningSlice, type PlanningSlice } from './planningSlice';
import { createPrivacySlice, type PrivacySlice } from './privacySlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createSyncSlice, type SyncSlice } from './syncSlice';

/** One store made of slices; each feature adds its slice here. */
export type AppState = StatusSlice &
  SettingsSlice &
  CommitteeSlice &
  PartnershipsSlice &
  BackupsSlice &
  DiscoverySlice &
  PrivacySlice &
  AgreementsSlice &
  MoneySlice &
  ActivitiesSlice &
  ParticipantsSlice &
  HostsSlice &
  PlanningSlice &
  SyncSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createStatusSlice(...a),
  ...createSettingsSlice(...a),
  ...createCommitteeSlice(...a),
  ...createPartnershipsSlice(...a),
  ...createBackupsSlice(...a),
  ...createDiscoverySlice(...a),
  ...createAgreementsSlice(...a),
  ...createActivitiesSlice(...a),
  ...createParticipantsSlice(...a),
  ...createHostsSlice(...a),
  ...createPlanningSlice(...a),
  ...createPrivacySlice(...a),
  ...createMoneySlice(...a),
  ...createSyncSlice(...a),
}));
