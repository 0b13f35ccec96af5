import type { Page } from '@playwright/test';

/** One screen of the app as a secretary reaches it: an address, then the clicks to a tab. */
export interface Screen {
  name: string;
  route: string;
  /** Opens a tab or a dialog after the page has loaded; the tab's position, not its words. */
  then?: (page: Page) => Promise<void>;
}

const tab = (index: number) => async (page: Page) => {
  await page.getByRole('tab').nth(index).click();
};

/** Every screen in the navigation, and every tab of the pages that have them (fixture v5: Sibiu and Landshut). */
export const screens: Screen[] = [
  { name: 'home', route: '/' },
  { name: 'committee', route: '/committee' },
  { name: 'registry', route: '/partnerships' },
  { name: 'partnership-overview', route: '/partnerships/p-landshut' },
  { name: 'partnership-objectives', route: '/partnerships/p-landshut', then: tab(1) },
  { name: 'partnership-health', route: '/partnerships/p-landshut', then: tab(2) },
  { name: 'partnership-timeline', route: '/partnerships/p-landshut', then: tab(3) },
  { name: 'partnership-activities', route: '/partnerships/p-landshut', then: tab(4) },
  { name: 'partnership-plan', route: '/partnerships/p-landshut', then: tab(5) },
  { name: 'partnership-edit', route: '/partnerships/p-landshut/edit' },
  { name: 'partnership-new', route: '/partnerships/new' },
  { name: 'charter-setup', route: '/partnerships/p-landshut/agreement' },
  { name: 'charter-parties', route: '/partnerships/p-landshut/agreement', then: tab(1) },
  { name: 'charter-clauses', route: '/partnerships/p-landshut/agreement', then: tab(2) },
  { name: 'charter-versions', route: '/partnerships/p-landshut/agreement', then: tab(3) },
  // Migration 0008 made the fixture's timeline visit the activity tl-e-visit.
  { name: 'activities', route: '/activities' },
  { name: 'activities-calendar', route: '/activities?view=calendar&month=2024-05' },
  { name: 'activity-overview', route: '/activities/tl-e-visit' },
  { name: 'activity-programme', route: '/activities/tl-e-visit', then: tab(1) },
  { name: 'activity-participants', route: '/activities/tl-e-visit', then: tab(2) },
  {
    name: 'activity-participant-new',
    route: '/activities/tl-e-visit?tab=participants',
    // The panel's first button adds a participant: the dialog with its sensitive fields.
    then: async (page) => {
      await page.getByRole('tabpanel').getByRole('button').first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'activity-participant-import',
    route: '/activities/tl-e-visit?tab=participants',
    then: async (page) => {
      await page.getByRole('tabpanel').getByRole('button').nth(1).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'activity-hosts', route: '/activities/tl-e-visit?tab=hosts' },
  { name: 'activity-budget', route: '/activities/tl-e-visit?tab=budget' },
  { name: 'activity-documents', route: '/activities/tl-e-visit?tab=documents' },
  { name: 'activity-edit', route: '/activities/tl-e-visit/edit' },
  { name: 'activity-new', route: '/activities/new' },
  {
    name: 'activity-new-programme',
    route: '/activities/new',
    // Adds a programme day (with its first item) and a theme: the repeating rows' fields.
    then: async (page) => {
      await page.locator('[data-add-row]').first().click();
      await page.locator('[data-add-row]').last().click();
    },
  },
  { name: 'organisations', route: '/activities/organisations' },
  { name: 'host-families', route: '/activities/hosts' },
  {
    name: 'host-family-dialog',
    route: '/activities/hosts',
    // The household dialog with its first range of dates.
    then: async (page) => {
      await page.locator('[data-new-household]').click();
    },
  },
  { name: 'team-tasks', route: '/team' },
  { name: 'team-meetings', route: '/team?tab=meetings' },
  { name: 'team-deadlines', route: '/team?tab=deadlines' },
  { name: 'meeting-new', route: '/team/meetings/new' },
  { name: 'discovery-search', route: '/discovery' },
  { name: 'discovery-shortlist', route: '/discovery', then: tab(1) },
  { name: 'money-budget', route: '/money?year=2026' },
  { name: 'money-ledger', route: '/money?tab=ledger' },
  { name: 'money-rates', route: '/money?tab=rates' },
  {
    name: 'money-entry-form',
    route: '/money?tab=ledger',
    then: (page) => page.locator('[data-action="add-entry"]').click(),
  },
  { name: 'funding-applications', route: '/funding' },
  { name: 'funding-programmes', route: '/funding?tab=programmes' },
  { name: 'funding-programme', route: '/funding/programmes/cerv-town-twinning/2026' },
  { name: 'funding-application-new', route: '/funding/applications/new' },
  {
    name: 'funding-application-new-applicant',
    route: '/funding/applications/new',
    then: (page) => page.locator('[data-add-row]').first().click(),
  },
  { name: 'map', route: '/map' },
  { name: 'transfer', route: '/transfer' },
  { name: 'backups', route: '/backups' },
  { name: 'privacy', route: '/privacy' },
  { name: 'sync', route: '/sync' },
  { name: 'settings', route: '/settings' },
  { name: 'about', route: '/about' },
];
