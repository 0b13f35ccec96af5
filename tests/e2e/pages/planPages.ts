import { expect, type Locator, type Page } from '@playwright/test';
import { dayName } from './activityPages';

const monthOf = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The Plan tab, the Team area and the meeting page in English. */
export class PlanPages {
  constructor(readonly page: Page) {}

  /** Picks an option of a Mantine Select, or of a MultiSelect (whose list stays open: Tab leaves it). */
  async choose(scope: Locator, label: string, option: string, multi = false): Promise<void> {
    await scope
      .getByRole('textbox', { name: label })
      .or(scope.getByRole('combobox', { name: label }))
      .first()
      .click({ force: multi });
    await this.page.getByRole('option', { name: option, exact: true }).click();
    if (multi) await this.page.keyboard.press('Tab');
  }

  /** Opens a date field's calendar and clicks the day, moving back or on to its month. */
  async pickDate(scope: Locator, label: string, iso: string): Promise<void> {
    await scope.getByRole('button', { name: label, exact: true }).click();
    const picker = this.page.getByRole('dialog', { name: label });
    await expect(picker).toBeVisible();
    const header = picker.getByRole('button', { name: 'Choose the month or the year' });
    const today = new Date().toISOString().slice(0, 7);
    const step = iso.slice(0, 7) < today ? 'Previous month' : 'Next month';
    for (let i = 0; i < 24 && (await header.innerText()) !== monthOf(iso); i++)
      await picker.getByRole('button', { name: step }).click();
    await picker.getByRole('button', { name: dayName(iso), exact: true }).click();
    await expect(picker).toBeHidden();
  }

  async addAction(year: number, title: string, owner: string, status?: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add an action in ${year}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add an action' });
    await dialog.getByRole('textbox', { name: 'Action' }).fill(title);
    await this.choose(dialog, 'Owner', owner);
    if (status) await this.choose(dialog, 'Status', status);
    await dialog.getByRole('button', { name: 'Save the action' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('cell', { name: title })).toBeVisible();
  }
}
