import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { ornansLink } from './pages/ornansLink';
import { PlanPages } from './pages/planPages';

const shots = join(process.cwd(), '.tmp', 'plan-shots');
const year = new Date().getFullYear();
const ornans = ornansLink(`${year - 24}-06-14`);

test('a secretary sets a milestone by hand, is told which fields to fill, corrects it, finds it on the timeline and in the calendar, and undoes its removal', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await mkdir(shots, { recursive: true });
  const link = (await invoke(page, app.url, 'partnership:save', ornans)) as { id: string };
  const plan = (await invoke(page, app.url, 'plan:start', { partnershipId: link.id, firstYear: year })) as {
    id: string;
    rev: number;
  };
  await invoke(page, app.url, 'plan:saveAction', {
    planId: plan.id,
    rev: plan.rev,
    action: {
      title: 'Joint choir festival',
      year: year + 1,
      objectiveIds: [],
      activityIds: [],
      ownerId: null,
      status: 'agreed',
      note: '',
    },
  });
  const ui = new PlanPages(page);
  const day = `${year + 1}-06-12`;
  const shortDay = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

  await page.goto(`${app.url}#/partnerships/${link.id}?tab=plan`);
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a milestone' });
  await dialog.getByRole('button', { name: 'Save the milestone' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Check these fields: Milestone, Day\./);

  await dialog.getByRole('textbox', { name: 'Milestone' }).fill('Choir festival for the 25th year');
  await ui.pickDate(dialog, 'Day', day);
  await ui.choose(dialog, 'Marks', `Joint choir festival (${year + 1})`);
  await dialog.getByRole('button', { name: 'Save the milestone' }).click();
  await expect(dialog).toBeHidden();
  const milestones = page.getByRole('list').filter({ hasText: 'Choir festival for the 25th year' });
  await expect(milestones).toContainText('Marks the action: Joint choir festival');

  // Corrected: a title the council will recognise.
  await page.getByRole('button', { name: 'Edit the milestone Choir festival for the 25th year' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit the milestone' });
  await editing.getByRole('textbox', { name: 'Milestone' }).fill('Joint choir festival for the 25th year');
  await editing.getByRole('button', { name: 'Save the milestone' }).click();
  await expect(editing).toBeHidden();
  await expect(milestones).toContainText('Joint choir festival for the 25th year');
  // The 25th anniversary is suggested beside it, still to add.
  await expect(page.getByText('25 years since the signing')).toBeVisible();
  await page.screenshot({ path: join(shots, 'plan-milestone.png'), fullPage: true });

  // On the timeline of every link, on its day.
  await page.goto(`${app.url}#/team/timeline`);
  await expect(
    page.getByRole('link', { name: `Milestone: ${shortDay} Joint choir festival for the 25th year` }),
  ).toBeVisible();
  await page.screenshot({ path: join(shots, 'timeline-milestone.png'), fullPage: true });

  // In the calendar, as a whole day.
  await page.goto(`${app.url}#/team`);
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the calendar' }).click();
  const ics = (await readFile(await (await exporting).path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('SUMMARY:Milestone: Joint choir festival for the 25th year');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${day.replaceAll('-', '')}`);

  // Removed by mistake, and back with Undo.
  await page.goto(`${app.url}#/partnerships/${link.id}?tab=plan`);
  await page
    .getByRole('button', { name: 'Remove the milestone Joint choir festival for the 25th year' })
    .click();
  await expect(milestones).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('list').filter({ hasText: 'Joint choir festival for the 25th year' }),
  ).toContainText('Marks the action: Joint choir festival');
});
