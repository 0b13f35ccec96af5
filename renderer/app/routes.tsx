import type { ReactElement } from 'react';
import { AboutPage } from '../features/about/AboutPage';
import { ActivitiesSection } from '../features/activities/ActivitiesSection';
import { BackupsPage } from '../features/backups/BackupsPage';
import { CommitteePage } from '../features/committee/CommitteePage';
import { DiscoveryPage } from '../features/discovery/DiscoveryPage';
import { FundingSection } from '../features/funding/FundingSection';
import { HomePage } from '../features/home/HomePage';
import { MapPage } from '../features/map/MapPage';
import { MoneyPage } from '../features/money/MoneyPage';
import { PartnershipsSection } from '../features/partnerships/PartnershipsSection';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { TeamSection } from '../features/team/TeamSection';
import { TransferPage } from '../features/transfer/TransferPage';

export interface AppRoute {
  path: string;
  /** Key in the common namespace for the navigation label. */
  label: string;
  element: ReactElement;
  /** Where in the navigation: the work areas, or the footer (settings, about). */
  group: 'main' | 'footer';
  /** The feature routes its own sub-pages (path/*), e.g. /partnerships/:id. */
  nested?: boolean;
}

/** Each feature adds its route here; the navigation shows exactly these. */
export const routes: AppRoute[] = [
  { path: '/', label: 'nav.home', element: <HomePage />, group: 'main' },
  { path: '/committee', label: 'nav.committee', element: <CommitteePage />, group: 'main' },
  {
    path: '/partnerships',
    label: 'nav.partnerships',
    element: <PartnershipsSection />,
    group: 'main',
    nested: true,
  },
  {
    path: '/activities',
    label: 'nav.activities',
    element: <ActivitiesSection />,
    group: 'main',
    nested: true,
  },
  { path: '/team', label: 'nav.team', element: <TeamSection />, group: 'main', nested: true },
  { path: '/money', label: 'nav.money', element: <MoneyPage />, group: 'main' },
  { path: '/funding', label: 'nav.funding', element: <FundingSection />, group: 'main', nested: true },
  { path: '/discovery', label: 'nav.discovery', element: <DiscoveryPage />, group: 'main' },
  { path: '/map', label: 'nav.map', element: <MapPage />, group: 'main' },
  { path: '/transfer', label: 'nav.transfer', element: <TransferPage />, group: 'main' },
  { path: '/backups', label: 'nav.backups', element: <BackupsPage />, group: 'footer' },
  { path: '/privacy', label: 'nav.privacy', element: <PrivacyPage />, group: 'footer' },
  { path: '/sync', label: 'nav.sync', element: <SyncPage />, group: 'footer' },
  { path: '/settings', label: 'nav.settings', element: <SettingsPage />, group: 'footer' },
  { path: '/about', label: 'nav.about', element: <AboutPage />, group: 'footer' },
];
