import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The charter editor of one partnership, in English. */
export class AgreementPage {
  readonly checkAlert: Locator;
  readonly preview: Locator;
  readonly versions: Locator;
  /** The quiet line beside Save draft: Saving…, Saved, or why the last save failed. */
  readonly saveState: Locator;
  readonly saveButton: Locator;
  /** Why the last save failed, shown below the header. */
  readonly saveFailure: Locator;

  constructor(readonly page: Page) {
    this.checkAlert = page.getByRole('alert').filter({ hasText: 'cannot be printed yet' });
    this.preview = page.getByRole('dialog', { name: /^Preview of/ });
    this.versions = page.getByRole('table', { name: 'Kept versions' });
    this.saveState = page.getByRole('status', { name: 'Save state' });
    this.saveButton = page.getByRole('button', { name: 'Save draft' });
    this.saveFailure = page.getByRole('alert').filter({ hasText: 'Your edits are kept' });
  }

  /** The text of a clause in the charter's first language, whatever the languages are. */
  firstText(clause: string): Locator {
    return this.page
      .getByRole('group', { name: new RegExp(`^${clause} in `) })
      .first()
      .getByLabel('Text');
  }

  async openFromPartnership(): Promise<void> {
    const loaded = answered(this.page, 'agreement:get');
    await this.page.getByRole('link', { name: 'Agreement (charter)' }).click();
    await loaded;
    await expect(this.page.getByRole('heading', { level: 2, name: /^Charter:/ })).toBeVisible();
  }

  async openTab(
    name: 'Languages and signing' | 'Parties' | 'Objectives' | 'Clauses' | RegExp,
  ): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Picks a language of the charter from the grouped list. */
  async chooseLanguage(slot: 1 | 2, language: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: `Language ${slot}` });
    await input.click();
    await input.fill(language);
    await this.page.getByRole('option', { name: language, exact: true }).click();
  }

  party(n: 1 | 2): Locator {
    return this.page.getByRole('group', { name: `Party ${n}` });
  }

  /** Picks an option of a Select inside one party's fieldset. */
  async choosePartyOption(party: 1 | 2, label: string, option: string): Promise<void> {
    await this.party(party).getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** An objective's text in one charter language, on the charter's Objectives tab. */
  objectiveText(n: number, language: string): Locator {
    return this.page
      .getByRole('heading', { name: `Objective ${n}`, exact: true })
      .locator('..')
      .getByLabel(`Text in ${language}`);
  }

  signatory(party: 1 | 2, n: number): Locator {
    return this.party(party).getByRole('group', { name: `Signatory ${n}` });
  }

  clauseIn(clause: string, language: string): Locator {
    return this.page.getByRole('group', { name: `${clause} in ${language}` });
  }

  async selectClause(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Clauses of the charter' })
      .getByText(label, { exact: true })
      .click();
  }

  async checkAndPreview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check and preview' }).click();
  }

  /** Waits until every page of the preview is drawn. */
  async expectPreviewPages(): Promise<void> {
    // Rendering waits for the core, which a busy machine slows down.
    await expect(this.preview).toBeVisible({ timeout: 30_000 });
    await expect(this.preview.getByRole('img', { name: /^Page 1 of \d+$/ })).toBeVisible({ timeout: 30_000 });
  }

  async savePdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.preview.getByRole('button', { name: 'Save PDF' }).click();
    return download;
  }

  /** The dialog that asks when and where the charter was signed. */
  get signedDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'When and where was it signed?' });
  }

  async openMarkSigned(): Promise<void> {
    await this.openTab(/^Versions/);
    await this.page.getByRole('button', { name: 'Mark as signed' }).click();
    await expect(this.signedDialog).toBeVisible();
  }

  /** Fills one joint ceremony, or one per town (home first), and confirms; resolves once the core answered. */
  async markSigned(...ceremonies: { date: string; place: string }[]): Promise<void> {
    if (!(await this.signedDialog.isVisible())) await this.openMarkSigned();
    const separate = this.signedDialog.getByRole('switch', { name: 'Each town signed at its own ceremony' });
    if ((await separate.isChecked()) !== ceremonies.length > 1) await separate.click({ force: true });
    for (const [i, c] of ceremonies.entries()) {
      await this.signedDialog
        .getByLabel(/^Day of signing/)
        .nth(i)
        .fill(c.date);
      await this.signedDialog
        .getByLabel(/^Place of signing/)
        .nth(i)
        .fill(c.place);
    }
    const done = answered(this.page, 'agreement:setStatus');
    await this.signedDialog.getByRole('button', { name: 'Mark as signed' }).click();
    await done;
  }
}
