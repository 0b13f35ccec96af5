import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { ornansLink } from './pages/ornansLink';
import { PlanPages } from './pages/planPages';

const shots = join(process.cwd(), '.tmp', 'plan-shots');
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const year = new Date().getFullYear();
// Signed ten years before next year: the plan suggests the tenth anniversary.
const ornans = ornansLink(`${year - 9}-06-14`);
const member = (name: string) => ({
  name,
  role: 'member',
  email: '',
  phone: '',
  termStart: null,
  termEnd: null,
  address: 'none',
});

/** The events of an iCalendar file: each one's properties, folded lines joined again. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).split(';')[0]!] = line.slice(at + 1);
    }
  }
  return found;
}

test('a secretary writes a three-year plan with a partner, records the yearly review, turns a meeting decision into a task, sees it overdue, exports the calendar and prints the minutes', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await mkdir(shots, { recursive: true });
  const link = (await invoke(page, app.url, 'partnership:save', ornans)) as { id: string };
  await invoke(page, app.url, 'member:save', member('Ana Pop'));
  await invoke(page, app.url, 'member:save', member('Ion Marin'));
  const ui = new PlanPages(page);

  // The plan: three years, an action in each, the tenth anniversary as a milestone.
  await page.goto(`${app.url}#/partnerships/${link.id}?tab=plan`);
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByText('10 years since the signing')).toBeVisible();
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await expect(page.getByRole('button', { name: 'Add to the plan' })).toBeHidden();
  await ui.addAction(year, 'Youth exchange in Ornans', 'Ana Pop', 'Done');
  await ui.addAction(year, 'Choir visit', 'Ion Marin');
  await ui.addAction(year + 1, 'Tenth anniversary festival', 'Ana Pop');
  await ui.addAction(year + 2, 'School partnership', 'Ion Marin');
  await page.screenshot({ path: join(shots, 'plan.png'), fullPage: true });

  // The yearly review closes this year, carries the choir visit and opens a new third year.
  await page.getByRole('button', { name: `Record the review of ${year}` }).click();
  const review = page.getByRole('dialog', { name: `Yearly review of ${year}` });
  await ui.pickDate(review, 'Date of the joint meeting', iso(new Date()));
  await ui.choose(review, 'Committee members present', 'Ana Pop', true);
  await review.getByRole('textbox', { name: 'Others present' }).fill('Mayor of Ornans');
  await review.getByRole('textbox', { name: 'What was done' }).fill('The youth exchange took place.');
  await expect(review.getByRole('checkbox', { name: 'Choir visit' })).toBeChecked();
  await page.screenshot({ path: join(shots, 'review.png') });
  await review.getByRole('button', { name: `Close the year and open ${year + 3}` }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('button', { name: `Add an action in ${year + 3}` })).toBeVisible();
  await expect(page.getByText('Carried over once')).toBeVisible();
  const compared = page.getByRole('row', { name: new RegExp(`^${year} 2 1 1 0 0`) });
  await expect(compared).toBeVisible();
  await page.screenshot({ path: join(shots, 'plan-reviewed.png'), fullPage: true });

  // A meeting with minutes and a decision that becomes a task due yesterday.
  await page.goto(`${app.url}#/team?tab=meetings`);
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Committee meeting');
  await ui.pickDate(page.locator('form'), 'Date', iso(new Date()));
  await ui.choose(page.locator('form'), 'Committee members present', 'Ana Pop', true);
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('The exchange in Ornans');
  const minutes = page.getByRole('textbox', { name: 'Minutes' });
  await minutes.click();
  await page.keyboard.type('The committee thanked the host families.');
  await page.getByRole('button', { name: 'Add a decision' }).click();
  await page.getByRole('textbox', { name: 'What was decided' }).fill('Ana books the bus');
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('button', { name: 'Print the minutes' })).toBeEnabled();
  const decision = page.getByRole('group', { name: 'Decision 1' }).last();
  await ui.choose(decision, 'Owner', 'Ana Pop');
  const yesterday = new Date(Date.now() - 86_400_000);
  await ui.pickDate(decision, 'Due on', iso(yesterday));
  await decision.getByRole('button', { name: 'Make it a task' }).click();
  await expect(decision.getByText('Already a task.')).toBeVisible();
  await page.screenshot({ path: join(shots, 'meeting.png'), fullPage: true });

  const printing = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print the minutes' }).click();
  const pdf = join(shots, 'minutes.pdf');
  await (await printing).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Minutes: Committee meeting');
  expect(text).toContain('Ana Pop');
  expect(text).toContain('The committee thanked the host families.');
  expect(text).toContain('Ana books the bus');
  expect(text).toContain('owner: Ana Pop');

  // The Overview shows it overdue; the Team page finds it with its filters in the address.
  await page.goto(`${app.url}#/`);
  await expect(page.getByRole('region', { name: 'Overdue tasks' })).toContainText('Ana books the bus');
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
  await page.getByRole('region', { name: 'Overdue tasks' }).getByRole('link').click();
  await expect(page).toHaveURL(/show=overdue/);
  await expect(page.getByRole('row', { name: /^Ana books the bus Ana Pop .* Overdue/ })).toBeVisible();
  await page.screenshot({ path: join(shots, 'tasks.png'), fullPage: true });

  // One calendar: the meeting, the task's due day, the anniversary; each with an end.
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the calendar' }).click();
  const ics = await readFile(await (await exporting).path(), 'utf8');
  const found = events(ics);
  const summaries = found.map((e) => e.SUMMARY);
  expect(summaries).toContain('Committee meeting');
  expect(summaries).toContain('Due: Ana books the bus');
  expect(summaries.some((s) => s?.includes('10 years of the link'))).toBe(true);
  for (const e of found) {
    expect(e.DTEND).toBeTruthy();
    expect(e.DURATION).toBeUndefined();
  }
});
