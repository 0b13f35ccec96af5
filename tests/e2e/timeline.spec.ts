import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { ornansLink } from './pages/ornansLink';
import { TimelinePage } from './pages/timelinePage';

const shots = join(process.cwd(), '.tmp', 'timeline-shots');
const year = new Date().getFullYear();
// Signed ten years ago: this year holds the tenth anniversary.
const ornans = ornansLink(`${year - 10}-03-14`);
const exchange = (partnershipId: string) => ({
  title: 'Youth exchange in Ornans',
  kind: 'youthExchange',
  partnershipIds: [partnershipId],
  host: null,
  venue: { name: 'Lycée', address: '' },
  startDate: `${year}-08-10`,
  endDate: `${year}-08-14`,
  programme: [],
  languages: ['fr', 'ro'],
  themes: [],
  organisationIds: [],
  notes: '',
});

test('a secretary opens the timeline of all links, zooms to quarters, goes to an activity from it and prints it for the council', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await mkdir(shots, { recursive: true });
  const link = (await invoke(page, app.url, 'partnership:save', ornans)) as { id: string };
  const activity = (await invoke(page, app.url, 'activities:save', exchange(link.id))) as { id: string };
  const ui = new TimelinePage(page);

  await ui.openFromTeam(app.url);
  const row = ui.row('Ornans');
  await expect(row.getByRole('link', { name: /Youth exchange in Ornans/ })).toBeVisible();
  await expect(row.getByRole('link', { name: /Anniversary: .*10 years/ })).toBeVisible();
  await expect(ui.grid.getByRole('columnheader', { name: String(year), exact: true })).toBeVisible();
  await page.screenshot({ path: join(shots, 'years.png'), fullPage: true });

  // By quarter: the activity sits in the third quarter, the anniversary in the first.
  // A zoom keeps this year in the middle of the view, not a corner of the span.
  await ui.zoom('Quarters');
  await expect(ui.grid.getByRole('columnheader', { name: `Q3 ${year}` })).toBeInViewport();
  const cells = row.getByRole('cell');
  await expect(cells.filter({ hasText: 'Youth exchange in Ornans' })).toHaveCount(1);
  await expect(row.getByRole('link', { name: /Activity: 10 Aug Youth exchange in Ornans/ })).toBeVisible();
  await page.screenshot({ path: join(shots, 'quarters.png'), fullPage: true });

  // Months and back to years: the same row, the same items.
  await ui.zoom('Months');
  await expect(ui.grid.getByRole('columnheader', { name: `Aug ${year}` })).toBeInViewport();
  await ui.zoom('Years');
  await expect(row.getByRole('link', { name: /Youth exchange in Ornans/ })).toBeVisible();
  await ui.zoom('Quarters');

  // A last year before the first is refused at the field, and the timeline stays.
  await ui.setYear('Last year', year - 20);
  await expect(page.getByText('The last year comes before the first.')).toBeVisible();
  await expect(row).toBeVisible();
  await ui.setYear('Last year', year + 1);
  await expect(page).toHaveURL(new RegExp(`to=${year + 1}`));

  const pdf = join(shots, 'timeline.pdf');
  await ui.print(pdf);
  // A cell wraps long titles: read the words, not the lines.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('Timeline of the partnerships');
  expect(text).toContain(`${year - 10}–${year + 1}, by quarter`);
  expect(text).toContain('Ornans');
  expect(text).toContain('10 Aug Youth exchange in Ornans');
  expect(text).toContain('14 Mar 10 years');
  expect(text).toContain(`Q3 ${year}`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);

  // Each item leads to what it is: the activity opens.
  await row.getByRole('link', { name: /Youth exchange in Ornans/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/activities/${activity.id}$`));
});
