import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

export interface ManualTown {
  name: string;
  country: string;
  region?: string;
  population?: string;
}

/** The partnerships registry in English: list, create form and detail tabs. */
export class PartnershipPages {
  readonly form: Locator;
  readonly list: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'New partnership' });
    this.list = page.getByRole('table', { name: 'Partnerships' });
    this.history = page.getByRole('table', { name: 'Status and its history' });
  }

  async gotoList(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/partnerships`);
    await expect(this.page.getByRole('heading', { name: 'Partnerships', level: 2 })).toBeVisible();
  }

  /** Picks an option of a Mantine Select: types to narrow it when the select is searchable, then chooses. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    const input = scope.getByRole('combobox', { name: label });
    await input.click();
    // A select that is not searchable has a read-only input: typing into it would wait forever.
    if (await input.isEditable()) await input.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Follows a link of the main navigation, as a secretary leaving the page would. */
  async leaveTo(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: label, exact: true })
      .click();
  }

  /** The question asked when a form with unsaved changes is left. */
  get leaveQuestion(): Locator {
    return this.page.getByRole('dialog', { name: 'Leave without saving?' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'New partnership' }).click();
    await expect(this.form).toBeVisible();
  }

  async fillManualTown(index: number, town: ManualTown): Promise<void> {
    const group = this.form.getByRole('group', { name: `Partner town ${index}` });
    await group.getByRole('textbox', { name: /^Town/ }).fill(town.name);
    await this.choose(group, 'Country', town.country);
    if (town.region) await group.getByLabel('Region').fill(town.region);
    if (town.population) await group.getByLabel('Population').fill(town.population);
  }

  /** Adds a signing in the new-partnership form, or in `form` when editing a link. */
  async addSigning(date: string, place: string, form: Locator = this.form): Promise<void> {
    await form.getByRole('button', { name: 'Add a signing' }).click();
    const group = form.getByRole('group', { name: /^Signing \d+$/ }).last();
    await group.getByLabel('Date signed').fill(date);
    await group.getByLabel('Place signed').fill(place);
  }

  async save(form: Locator = this.form): Promise<void> {
    const done = answered(this.page, 'partnership:save');
    await form.getByRole('button', { name: 'Save partnership' }).click();
    await done;
  }

  async changeStatus(to: string, note = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Change status' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Change status' });
    await dialog.getByRole('combobox', { name: 'New status' }).click();
    await this.page.getByRole('option', { name: to, exact: true }).click();
    if (note) await dialog.getByLabel('Note').fill(note);
    const done = answered(this.page, 'partnership:setStatus');
    await dialog.getByRole('button', { name: 'Record the change' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }

  /** The history table's date and status columns, newest first. */
  async historyRows(): Promise<string[][]> {
    const rows = this.history.getByRole('row');
    const count = await rows.count();
    const result: string[][] = [];
    for (let i = 1; i < count; i++) {
      const cells = rows.nth(i).getByRole('cell');
      result.push([(await cells.nth(0).innerText()).trim(), (await cells.nth(1).innerText()).trim()]);
    }
    return result;
  }

  /** The history table's status column, newest first. */
  async historyStatuses(): Promise<string[]> {
    const rows = this.history.getByRole('row');
    const count = await rows.count();
    const statuses: string[] = [];
    for (let i = 1; i < count; i++)
      statuses.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
    return statuses;
  }

  async openTab(name: 'Overview' | 'Objectives' | 'Ten keys' | 'Timeline'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async addObjective(o: {
    statement: string;
    theme: string;
    indicator: string;
    target: string;
    agreedOn: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an objective' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add an objective' });
    await dialog.getByLabel('Objective').fill(o.statement);
    await this.choose(dialog, 'Theme', o.theme);
    await dialog.getByLabel('Indicator').fill(o.indicator);
    await dialog.getByLabel('Target').fill(o.target);
    await dialog.getByLabel('Agreed on').fill(o.agreedOn);
    const done = answered(this.page, 'objective:save');
    await dialog.getByRole('button', { name: 'Save objective' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }

  healthKey(key: number, title: string): Locator {
    return this.page.getByRole('group', { name: `Key ${key}: ${title}` });
  }

  /** Ticks a key (saved at once) and writes its evidence (saved when the field is left). */
  async tickKey(key: number, title: string, evidence: string): Promise<void> {
    const group = this.healthKey(key, title);
    const ticked = answered(this.page, 'health:save');
    await group.getByRole('checkbox').check();
    await ticked;
    await this.writeEvidence(key, title, evidence);
  }

  async writeEvidence(key: number, title: string, evidence: string): Promise<void> {
    const field = this.healthKey(key, title).getByLabel('Evidence');
    const saved = answered(this.page, 'health:save');
    await field.fill(evidence);
    await field.blur();
    await saved;
  }
}
