import type { ComponentType } from 'react';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { HostsPanel } from '../hosts/HostsPanel';
import { ActivityBudgetPanel } from '../money/ActivityBudgetPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { OverviewPanel } from './OverviewPanel';
import { ProgrammePanel } from './ProgrammePanel';

/**
 * The tabs of an activity's page, in order; the address names the open one (?tab=programme).
 * A feature adds its tab here (participants, host families) once its panel works: a tab is
 * never shown empty or promised for later.
 */
export interface ActivityTab {
  value: string;
  /** A key in the activities namespace, or another namespace's ("participants:tab"). */
  labelKey: string;
  Panel: ComponentType<{ activity: ActivityView }>;
}

export const ACTIVITY_TABS: readonly ActivityTab[] = [
  { value: 'overview', labelKey: 'activities:tabs.overview', Panel: OverviewPanel },
  { value: 'programme', labelKey: 'activities:tabs.programme', Panel: ProgrammePanel },
  { value: 'participants', labelKey: 'participants:tab', Panel: ParticipantsPanel },
  { value: 'hosts', labelKey: 'hosts:tab', Panel: HostsPanel },
  { value: 'budget', labelKey: 'money:activityBudget.tab', Panel: ActivityBudgetPanel },
  { value: 'documents', labelKey: 'activities:tabs.documents', Panel: DocumentsPanel },
];
