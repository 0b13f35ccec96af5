import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The Money area in English: budget, ledger, exchange rates and categories, and their forms. */
export class MoneyPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/money${query}`);
    await expect(this.page.getByRole('heading', { name: 'Money', level: 2 })).toBeVisible();
  }

  tab(name: 'Budget' | 'Ledger' | 'Exchange rates' | 'Categories'): Locator {
    return this.page.getByRole('tab', { name });
  }

  form(name: string | RegExp): Locator {
    return this.page.getByRole('form', { name });
  }

  /** Picks a day in the app's date picker, through the calendar, as a person would. */
  async pickDate(scope: Locator, label: string, iso: string): Promise<void> {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    await scope.getByRole('button', { name: label, exact: true }).click();
    // The calendar's heading moves up a level each click: to the months of the year, then to the years.
    const level = this.page.getByRole('button', { name: 'Choose the month or the year' });
    await level.click();
    await level.click();
    await this.page.getByRole('button', { name: String(y), exact: true }).click();
    await this.page.getByRole('button', { name: MONTHS[m - 1], exact: true }).click();
    await this.page.getByRole('button', { name: `${d} ${LONG[m - 1]} ${y}`, exact: true }).click();
  }

  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async save(form: Locator, channel: string): Promise<void> {
    const done = answered(this.page, channel);
    await form.getByRole('button', { name: 'Save' }).click();
    await done;
    await expect(form).toBeHidden();
  }

  async addRate(r: { from: string; to: string; rate: string; date: string; source: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add rate' }).click();
    const form = this.form('New exchange rate');
    await this.choose(form, 'One unit of', r.from);
    await this.choose(form, 'is worth, in', r.to);
    await form.getByRole('textbox', { name: 'Rate' }).fill(r.rate);
    await this.pickDate(form, 'Date', r.date);
    await this.choose(form, 'Source', r.source);
    await this.save(form, 'rates:save');
  }

  /** Adds a category of the committee's own on the Categories tab. */
  async addCategory(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add category' }).click();
    const form = this.form('New category');
    await form.getByRole('textbox', { name: /^Name(?! in)/ }).fill(name);
    await this.save(form, 'categories:save');
  }

  async addLine(year: number, l: { category: string; amount: string; currency: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add budget line' }).click();
    const form = this.form(`New budget line for ${year}`);
    await this.choose(form, 'Category', l.category);
    await form.getByRole('textbox', { name: 'Planned amount' }).fill(l.amount);
    await this.choose(form, 'Currency', l.currency);
    await this.save(form, 'budgetLines:save');
  }

  /** Opens the new entry form and fills it; the caller saves (or checks a refusal first). */
  async fillEntry(e: {
    date: string;
    payee: string;
    category: string;
    amount: string;
    currency: string;
    volunteer?: string;
  }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add entry' }).click();
    const form = this.form('New ledger entry');
    await this.pickDate(form, 'Date', e.date);
    await form.getByRole('textbox', { name: 'Paid to' }).fill(e.payee);
    await this.choose(form, 'Category', e.category);
    await form.getByRole('textbox', { name: 'Amount' }).fill(e.amount);
    await this.choose(form, 'Currency', e.currency);
    if (e.volunteer) {
      await form.getByText('A volunteer').click();
      await form.getByRole('textbox', { name: 'Volunteer' }).fill(e.volunteer);
    }
    return form;
  }

  async attachReceipt(form: Locator, name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await form.getByRole('button', { name: /Choose receipt|Replace receipt/ }).click();
    // Bytes travel in a binary frame, so the caller waits for what the form then shows.
    await (await chooser).setFiles({ name, mimeType, buffer });
  }

  /** The row of the planned-against-actual table for a category, cell by cell. */
  async varianceRow(category: string): Promise<string[]> {
    const table = this.page.getByRole('table', { name: /Planned and actual by category/ });
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(category) }) });
    // The tab loads its figures after it opens: read the row once it is there, not before.
    await expect(row).toBeVisible();
    return row.locator('th, td').allInnerTexts();
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }
}
