import { expect, type Page } from '@playwright/test';

/** The annual report dialog of the Team page, in English. */
export class AnnualReportPage {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'The annual report' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Print the annual report' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async setYear(year: number): Promise<void> {
    const field = this.dialog.getByRole('textbox', { name: 'Year' });
    await field.fill(String(year));
    await expect(field).toHaveValue(String(year));
  }

  async chooseSecondLanguage(name: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Second language' }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Prints and saves the PDF to `path`; the dialog closes once it is saved. */
  async print(path: string): Promise<void> {
    const saving = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await (await saving).saveAs(path);
    await expect(this.dialog).toBeHidden();
  }
}
