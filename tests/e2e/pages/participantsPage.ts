import { expect, type Locator, type Page } from '@playwright/test';

/** The Participants tab of an activity, in English: counts, register, import dialog, documents. */
export class ParticipantsPage {
  readonly panel: Locator;
  readonly counts: Locator;
  readonly register: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel', { name: 'Participants' });
    this.counts = page.getByRole('region', { name: 'Counts' });
    this.register = page.getByRole('table', { name: 'Participants' });
  }

  async goto(baseUrl: string, activityId: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/activities/${activityId}?tab=participants`);
    await expect(this.page.getByRole('tab', { name: 'Participants', selected: true })).toBeVisible();
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import participants' });
  }

  /** Opens the import and chooses the file: the preview comes back before anything is written. */
  async chooseSheet(name: string, bytes: Uint8Array): Promise<Locator> {
    await this.panel.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = this.importDialog();
    // Bytes travel in a binary frame, not JSON: the preview is awaited on screen.
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await expect(dialog.getByTestId('import-summary')).toBeVisible();
    return dialog;
  }

  /** Types over one refused line's cell in the preview and has it checked again. */
  async fixLine(line: number, header: string, value: string): Promise<void> {
    await this.importDialog()
      .getByRole('button', { name: `Fix line ${line}` })
      .click();
    const fix = this.page.getByRole('dialog', { name: `Fix line ${line}` });
    await fix.getByRole('textbox', { name: header, exact: true }).fill(value);
    await fix.getByRole('button', { name: 'Check again' }).click();
    await expect(fix).toBeHidden();
  }

  async commit(count: number): Promise<void> {
    await this.importDialog()
      .getByRole('button', { name: `Import ${count} participants` })
      .click();
    await expect(this.importDialog()).toBeHidden();
  }

  /** Prints one signed list from the menu and gives back the downloaded PDF's path. */
  async printList(item: string): Promise<string> {
    await this.panel.getByRole('button', { name: 'Signed lists' }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: item }).click();
    const path = await (await downloading).path();
    if (!path) throw new Error('The list was not downloaded');
    return path;
  }
}
