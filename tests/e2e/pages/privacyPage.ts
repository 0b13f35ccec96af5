import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The Personal data screen: search, the people found, export and erasure. */
export class PrivacyPage {
  readonly results: Locator;
  readonly query: Locator;

  constructor(readonly page: Page) {
    this.results = page.getByRole('table', { name: 'People found' });
    this.query = page.getByLabel('Name or e-mail');
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/privacy`);
    await expect(this.page.getByRole('heading', { name: 'Personal data', level: 2 })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.query.fill(text);
    await this.page.getByRole('button', { name: 'Search' }).click();
  }

  /** The rows of the results table, without the header. */
  rows(): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async select(name: string): Promise<void> {
    await this.row(name).getByRole('checkbox').check();
  }

  async saveTheirData(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save their data (JSON)' }).click();
    return download;
  }

  confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Erase this person everywhere?' });
  }

  async askToErase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Erase everywhere…' }).click();
    await expect(this.confirmDialog()).toBeVisible();
  }

  async confirmErase(): Promise<void> {
    const done = answered(this.page, 'person:erase');
    await this.confirmDialog().getByRole('button', { name: 'Erase everywhere' }).click();
    await done;
  }
}
