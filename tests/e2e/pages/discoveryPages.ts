import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The partner search page in English: criteria, ranked results and the shortlist. */
export class DiscoveryPages {
  readonly criteria: Locator;
  readonly results: Locator;
  readonly shortlist: Locator;

  constructor(readonly page: Page) {
    this.criteria = page.getByRole('form', { name: 'Search criteria' });
    this.results = page.getByRole('region', { name: 'Ranked candidates' });
    this.shortlist = page.getByRole('table', { name: 'Shortlisted towns' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/discovery`);
    await expect(this.page.getByRole('heading', { name: 'Partner search', level: 2 })).toBeVisible();
  }

  /** Size as the segmented control names it: Similar (the default), Smaller, Larger, Any. */
  async searchByName(name: string, size?: 'Similar' | 'Smaller' | 'Larger' | 'Any'): Promise<void> {
    await this.criteria.getByLabel('Town name (optional)').fill(name);
    if (size) await this.criteria.getByText(size, { exact: true }).click();
    const done = answered(this.page, 'partnerSearch:run');
    await this.criteria.getByRole('button', { name: 'Search' }).click();
    await done;
  }

  /** A ranked candidate, found by the town's name as the heading of its card. */
  result(town: string): Locator {
    return this.results.getByRole('article', { name: town, exact: true });
  }

  /** The reasons given for a candidate, as the sentences shown. */
  async reasons(town: string): Promise<string[]> {
    const items = this.result(town).getByRole('list', { name: 'Reasons' }).getByRole('listitem');
    // Each item starts with its mark (+, ±, −, i); the sentence and its points follow.
    return (await items.allInnerTexts()).map((s) =>
      s
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[+±−i] /, ''),
    );
  }

  async addToShortlist(
    town: string,
    entry: { status: string; notes: string; themes?: string[] },
  ): Promise<void> {
    await this.result(town)
      .getByRole('button', { name: `Add to shortlist (${town})` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: town });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: entry.status, exact: true }).click();
    for (const theme of entry.themes ?? []) {
      const input = dialog.getByRole('combobox', { name: 'Their themes' });
      await input.click();
      await input.fill(theme);
      await this.page.getByRole('option', { name: theme, exact: true }).click();
    }
    await dialog.getByLabel('Notes').fill(entry.notes);
    const done = answered(this.page, 'shortlist:save');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }

  async openShortlist(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Shortlist/ }).click();
    await expect(this.shortlist).toBeVisible();
  }

  shortlistRow(town: string): Locator {
    return this.shortlist.getByRole('row').filter({ hasText: town });
  }

  async createPartnershipFor(town: string, kind = 'Formal partnership'): Promise<void> {
    await this.page.getByRole('button', { name: `Create partnership (${town})` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Partnership with ${town}` });
    await dialog.getByRole('combobox', { name: 'Kind of link' }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    const done = answered(this.page, 'shortlist:createPartnership');
    await dialog.getByRole('button', { name: 'Create prospect partnership' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }
}

/** The gazetteer search box used on the committee page and in the partnership form. */
export class PlacePickerPart {
  readonly input: Locator;

  constructor(
    readonly page: Page,
    scope: Locator,
  ) {
    this.input = scope.getByRole('combobox', { name: 'Find in gazetteer' });
  }

  /** Types a name and returns the offered options' accessible names, best first. */
  async offered(query: string): Promise<string[]> {
    await this.input.fill(query);
    const listbox = this.page.getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toBeVisible();
    return listbox
      .getByRole('option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('aria-label') ?? ''));
  }

  async pick(query: string, option: string | RegExp): Promise<void> {
    await this.input.fill(query);
    await this.page.getByRole('option', { name: option }).first().click();
  }
}
