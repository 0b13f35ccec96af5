import { readFile } from 'node:fs/promises';
import { expect, open, test } from './fixtures';
import { ActivityPages, dayName } from './pages/activityPages';
import { invoke } from './pages/backupsPage';
import { MoneyPage } from './pages/moneyPage';

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The 10th and 11th of next month: ahead of today, and on the calendar one month on. */
function nextMonthDays(): [string, string, string] {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() + 1, 10);
  const second = new Date(now.getFullYear(), now.getMonth() + 1, 11);
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(first);
  return [iso(first), iso(second), monthName];
}

const landshut = {
  kind: 'partnership',
  partners: [
    {
      key: 'landshut',
      place: {
        name: 'Landshut',
        country: 'DE',
        region: 'Bayern',
        population: 73_411,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['de'],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: ['ro', 'de'],
  themes: ['youth'],
  notes: '',
};

test('a secretary plans a youth exchange with its programme and theme, confirms it, finds it on the calendar, the partnership and the overview, exports it and undoes its deletion', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const link = (await invoke(page, app.url, 'partnership:save', landshut)) as { id: string };
  const [start, end, monthName] = nextMonthDays();
  const pages = new ActivityPages(page);
  const title = 'Youth exchange Sibiu–Landshut';

  await pages.gotoList(app.url);
  await expect(page.getByText('No activities yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New activity' }).click();
  const form = pages.form();
  await expect(form).toBeVisible();

  // Saving an empty form is refused at the fields; nothing is lost.
  await form.getByRole('button', { name: 'Save activity' }).click();
  await expect(form.getByText('Required').first()).toBeVisible();

  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await pages.choose(form, 'Kind', 'Youth exchange');
  await pages.choose(form, 'Partnerships', 'Landshut');
  await pages.choose(form, 'Host town', 'Landshut');
  await pages.pickDate(form, 'First day', start);
  await pages.pickDate(form, 'Last day', end);

  // Each new day follows the one before; each comes with a first item to fill in.
  await form.getByRole('button', { name: 'Add a day' }).click();
  const day1 = form.getByRole('group', { name: 'Day 1' });
  await day1.getByLabel('Hours').fill('18');
  await day1.getByLabel('Minutes').fill('00');
  await day1.getByRole('textbox', { name: 'What' }).fill('Welcome dinner at the town hall');
  await form.getByRole('button', { name: 'Add a day' }).click();
  const day2 = form.getByRole('group', { name: 'Day 2' });
  await expect(day2.getByRole('button', { name: 'Day 2', exact: true })).toHaveText(dayName(end));
  await day2.getByRole('textbox', { name: 'What' }).fill('Orchard workshop with the school');

  await form.getByRole('button', { name: 'Add a theme' }).click();
  await pages.choose(form, 'Theme', 'Youth');
  await form.getByLabel('How the activity serves it').fill('Young people plan the workshop themselves.');
  await pages.save(form);

  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(pages.history).toHaveText([/Idea/]);
  await pages.changeStatus('Planned');
  await pages.changeStatus('Confirmed', 'Bus booked');
  await expect(pages.history).toHaveText([/Confirmed.*Bus booked/, /Planned/, /Idea/]);

  await pages.openTab('Programme');
  await expect(page).toHaveURL(/tab=programme/);
  await expect(page.getByRole('heading', { name: /^Day 2 ·/ })).toBeVisible();
  await expect(page.getByText('Orchard workshop with the school')).toBeVisible();

  // Its Budget tab: a line planned here belongs to the activity and shows against its actual.
  const money = new MoneyPage(page);
  await pages.openTab('Budget');
  await expect(page).toHaveURL(/tab=budget/);
  const year = Number(start.slice(0, 4));
  await money.addLine(year, { category: 'Travel', amount: '450', currency: 'EUR' });
  await expect(
    page.getByRole('table', { name: new RegExp(`Planned and actual for ${title}`) }),
  ).toContainText('€450.00');

  // The month calendar, one month on, shows it on both of its days.
  await pages.gotoList(app.url);
  await page.getByText('Calendar', { exact: true }).click();
  await expect(page).toHaveURL(/view=calendar/);
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { name: monthName })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(2);

  // On the partnership's Activities tab, and among the overview's next activities.
  await open(page, app, `/partnerships/${link.id}?tab=activities`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await open(page, app, '/');
  const next = page.getByRole('region', { name: 'Next activities' });
  await expect(next.getByRole('link', { name: title })).toBeVisible();

  // The .ics has whole days with an end on the day after the last.
  await pages.gotoList(app.url);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const file = await (await downloading).path();
  const ics = await readFile(file, 'utf8');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`);
  expect(ics).toMatch(/DTEND;VALUE=DATE:\d{8}/);
  expect(ics).toContain('STATUS:CONFIRMED');

  // Deleted, then brought back with Undo.
  await pages.list.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`${title} was deleted.`)).toBeVisible();
  await expect(page.getByText('No activities yet.')).toBeVisible();
  const restoring = pages.page.waitForResponse((r) => r.url().endsWith('/api/invoke'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await restoring;
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(pages.history).toHaveText([/Confirmed/, /Planned/, /Idea/]);
  await page.screenshot({ path: '.tmp/acts-restored.png', fullPage: true });
});
