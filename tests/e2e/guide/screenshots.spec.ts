import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, open, test } from '../fixtures';
import { DiscoveryPages } from '../pages/discoveryPages';
import { seedGuideFolder } from './seedGuide';

const root = join(import.meta.dirname, '..', '..', '..');
/**
 * `npm run guide:screenshots` sets GUIDE_SCREENSHOTS_DIR=docs/guide to refresh the guide's
 * pictures; inside `npm test` they go to .tmp so a test run leaves the working tree as it was,
 * while still proving that every screen the guide shows opens as the guide describes it.
 */
const outDir = join(root, process.env.GUIDE_SCREENSHOTS_DIR ?? join('.tmp', 'guide'));

interface Shot {
  file: string;
  route: (ornansId: string) => string;
  heading: RegExp;
  /** What must be on the screen before the picture is taken. */
  ready?: (page: Page) => Promise<void>;
}

const FIRST_LAUNCH = '00-first-steps.png';

const shots: Shot[] = [
  { file: '01-overview.png', route: () => '/', heading: /Buziaș/ },
  { file: '02-committee.png', route: () => '/committee', heading: /^Committee profile$/ },
  { file: '03-partnerships.png', route: () => '/partnerships', heading: /^Partnerships$/ },
  {
    file: '04-partnership.png',
    route: (id) => `/partnerships/${id}`,
    heading: /Ornans/,
  },
  {
    file: '05-partner-search.png',
    route: () => '/discovery',
    heading: /^Partner search$/,
    ready: async (page) => {
      const discovery = new DiscoveryPages(page);
      await discovery.criteria.getByRole('button', { name: 'Search' }).click();
      await expect(discovery.results.getByRole('article').first()).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    file: '06-map.png',
    route: () => '/map',
    heading: /^Map of partnerships$/,
    ready: async (page) => {
      await expect(page.locator('svg path').first()).toBeVisible();
    },
  },
  {
    file: '07-charter.png',
    route: (id) => `/partnerships/${id}/agreement`,
    heading: /^Charter/,
  },
  {
    file: '07-charter-clauses.png',
    route: (id) => `/partnerships/${id}/agreement`,
    heading: /^Charter/,
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Clauses' }).click();
      await expect(page.getByRole('tabpanel', { name: 'Clauses' })).toBeVisible();
    },
  },
  {
    file: '07-money.png',
    route: () => '/money',
    heading: /^Money$/,
    ready: (page) => expect(page.locator('figure .recharts-surface').first()).toBeVisible(),
  },
  { file: '12-activities.png', route: () => '/activities', heading: /^Activities$/ },
  {
    file: '13-activity.png',
    route: () => '/activities',
    heading: /^Activities$/,
    ready: async (page) => {
      await page.getByRole('link', { name: 'Buziaș youth in Ornans' }).click();
      await page.getByRole('tab', { name: 'Programme' }).click();
      await expect(page.getByText('Workshop: a river for both towns')).toBeVisible();
    },
  },
  {
    file: '14-participants.png',
    route: () => '/activities',
    heading: /^Activities$/,
    ready: async (page) => {
      await page.getByRole('link', { name: 'Buziaș youth in Ornans' }).click();
      await page.getByRole('tab', { name: 'Participants' }).click();
      await expect(page.getByText('Cristina Moldovan').first()).toBeVisible();
    },
  },
  {
    file: '15-host-families.png',
    route: () => '/activities',
    heading: /^Activities$/,
    ready: async (page) => {
      await page.getByRole('link', { name: 'Ornans choir in Buziaș' }).click();
      await page.getByRole('tab', { name: 'Host families' }).click();
      await expect(page.getByText('Not enough beds')).toBeVisible();
    },
  },
  {
    file: '16-plan.png',
    route: (id) => `/partnerships/${id}?tab=plan`,
    heading: /Ornans/,
    ready: (page) => expect(page.getByText('Host the Ornans choir for a joint concert')).toBeVisible(),
  },
  {
    file: '17-team.png',
    route: () => '/team',
    heading: /^Team$/,
    ready: (page) => expect(page.getByText('Find a fifth host family for the choir').first()).toBeVisible(),
  },
  {
    file: '20-timeline.png',
    route: () => '/team/timeline',
    heading: /^Timeline$/,
    ready: (page) => expect(page.getByRole('rowheader').filter({ hasText: 'Ornans' }).first()).toBeVisible(),
  },
  {
    file: '18-funding.png',
    route: () => '/funding',
    heading: /^Funding$/,
    ready: (page) =>
      expect(page.getByRole('link', { name: 'Rivers of two towns: Erasmus+ youth exchange' })).toBeVisible(),
  },
  {
    file: '19-application.png',
    route: () => '/funding',
    heading: /^Funding$/,
    ready: async (page) => {
      await page.getByRole('link', { name: 'Rivers of two towns: Erasmus+ youth exchange' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Rivers of two towns: Erasmus+ youth exchange' }),
      ).toBeVisible();
    },
  },
  { file: '08-import-export.png', route: () => '/transfer', heading: /^Import and export$/ },
  { file: '09-backups.png', route: () => '/backups', heading: /^Backups$/ },
  {
    file: '10-personal-data.png',
    route: () => '/privacy',
    heading: /^Personal data$/,
    ready: async (page) => {
      await page.getByLabel('Name or e-mail').fill('fournier');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.getByText('Hélène Fournier').first()).toBeVisible();
    },
  },
  {
    file: '11-about.png',
    route: () => '/about',
    heading: /^About Twinning Desk$/,
    ready: async (page) => {
      // The app's help: About tells where this guide is.
      await expect(page.getByRole('region', { name: 'User guide' })).toContainText('docs/GUIDE.md');
    },
  },
];

test('every screen the user guide pictures opens on a sample committee, and the guide shows each picture this run makes', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 860 });
  await mkdir(outDir, { recursive: true });

  // The first launch, on the empty folder, before the sample committee is written.
  await open(page, app, '/');
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Twinning Desk' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'First steps' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, FIRST_LAUNCH) });

  await app.stop();
  const ornansId = await seedGuideFolder(app.dataDir);
  await app.start();

  for (const shot of shots) {
    await open(page, app, shot.route(ornansId));
    await expect(page.getByRole('heading', { level: 2, name: shot.heading })).toBeVisible();
    await shot.ready?.(page);
    // Let fonts and the map settle so the picture is what a secretary sees, not a half-drawn page.
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(outDir, shot.file) });
  }

  const guide = await readFile(join(root, 'docs', 'GUIDE.md'), 'utf8');
  const pictured = [...guide.matchAll(/\]\(guide\/([\w-]+\.png)\)/g)].map((m) => m[1]);
  expect([...new Set(pictured)].sort()).toEqual([FIRST_LAUNCH, ...shots.map((s) => s.file)].sort());
  expect(app.outbound).toEqual([]);
});
