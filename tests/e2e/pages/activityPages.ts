import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** "10 June 2027", as the date pickers name their days in English. */
export const dayName = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

/** The Activities area in English: list and calendar, the form, the detail page and its tabs. */
export class ActivityPages {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: 'Activities, soonest first' });
  }

  async gotoList(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/activities`);
    await expect(this.page.getByRole('heading', { name: 'Activities', level: 2 })).toBeVisible();
  }

  form(title = 'New activity'): Locator {
    return this.page.getByRole('form', { name: title });
  }

  /** Picks an option of a Mantine Select or MultiSelect. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    const input = scope
      .getByRole('combobox', { name: label })
      .or(scope.getByRole('textbox', { name: label }));
    await input.first().click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Opens a date field's calendar and clicks the day, moving month by month to reach it. */
  async pickDate(scope: Locator, label: string, iso: string): Promise<void> {
    await scope.getByRole('button', { name: label, exact: true }).click();
    const picker = this.page.getByRole('dialog', { name: label });
    await expect(picker).toBeVisible();
    const day = picker.getByRole('button', { name: dayName(iso), exact: true });
    const month = new Intl.DateTimeFormat('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
    // The picker opens on the field's month (or this one); move on until it shows the day's month.
    const header = picker.getByRole('button', { name: 'Choose the month or the year' });
    for (let i = 0; i < 24 && (await header.innerText()) !== month; i++)
      await picker.getByRole('button', { name: 'Next month' }).click();
    await day.click();
    await expect(picker).toBeHidden();
  }

  async save(form: Locator): Promise<void> {
    const done = answered(this.page, 'activities:save');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await done;
  }

  async openTab(
    name: 'Overview' | 'Programme' | 'Participants' | 'Host families' | 'Budget' | 'Documents',
  ): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async changeStatus(to: string, note = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Change status' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Change the status' });
    await dialog.getByRole('combobox', { name: 'New status' }).click();
    await this.page.getByRole('option', { name: to, exact: true }).click();
    if (note) await dialog.getByLabel('Note').fill(note);
    const done = answered(this.page, 'activities:setStatus');
    await dialog.getByRole('button', { name: 'Save status' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }

  /** The status history, newest first, as "Confirmed", "Planned", "Idea". */
  get history(): Locator {
    return this.page.getByRole('list', { name: 'Status history' }).getByRole('listitem');
  }
}
