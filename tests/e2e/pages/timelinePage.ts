import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline of all partnerships, in English. */
export class TimelinePage {
  readonly grid: Locator;
  /** The grid in whatever language the screen is in. */
  readonly table: Locator;
  /** The scrolled box around the grid (named the same in every language as the table). */
  readonly region: Locator;
  constructor(readonly page: Page) {
    this.grid = page.getByRole('table', { name: 'Timeline of the partnerships' });
    this.table = page.locator('[role="table"]');
    this.region = page.locator('[role="region"]:has(> [role="table"])');
  }

  async openFromTeam(appUrl: string): Promise<void> {
    await this.page.goto(`${appUrl}#/team`);
    await this.page.getByRole('link', { name: 'Timeline of all links' }).click();
    await expect(this.page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
  }

  async zoom(label: 'Years' | 'Quarters' | 'Months'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
    await expect(this.page).toHaveURL(
      new RegExp(`zoom=${label === 'Years' ? 'year' : label === 'Quarters' ? 'quarter' : 'month'}`),
    );
  }

  /** Types a year into "First year" or "Last year" and leaves the field. */
  async setYear(label: 'First year' | 'Last year', year: number): Promise<void> {
    const field = this.page.getByRole('textbox', { name: label });
    await field.fill(String(year));
    await field.press('Enter');
  }

  row(name: string): Locator {
    return this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Prints the PDF and returns where the download was saved. */
  async print(path: string): Promise<void> {
    const printing = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Print the timeline' }).click();
    await (await printing).saveAs(path);
  }
}
