import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The settings page; labels are given by the caller because the language changes here. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, heading = 'Settings'): Promise<void> {
    await this.page.goto(`${baseUrl}#/settings`);
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible();
  }

  language(label = 'Language'): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  /** Chooses a language by its own name (English, Română, Français, Deutsch). */
  async chooseLanguage(endonym: string, label = 'Language'): Promise<void> {
    const done = answered(this.page, 'settings:save');
    await this.language(label).click();
    await this.page.getByRole('option', { name: endonym, exact: true }).click();
    await done;
  }

  /** The number of months without recorded activity after which a link counts as going quiet. */
  dormantMonths(label = 'Months without recorded activity'): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** Types a threshold and leaves the field, which saves it; waits for the core's answer. */
  async setDormantMonths(months: number, label?: string): Promise<void> {
    const done = answered(this.page, 'settings:save');
    await this.dormantMonths(label).fill(String(months));
    await this.dormantMonths(label).press('Tab');
    await done;
  }

  /** Types a value the page should refuse and leaves the field. */
  async tryDormantMonths(text: string, label?: string): Promise<void> {
    await this.dormantMonths(label).fill(text);
    await this.dormantMonths(label).press('Tab');
  }
}
