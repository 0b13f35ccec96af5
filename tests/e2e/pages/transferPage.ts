import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The import and export page in English. */
export class TransferPage {
  readonly importSection: Locator;
  readonly exportSection: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.importSection = page.getByRole('region', { name: 'Import partnerships from CSV' });
    this.exportSection = page.getByRole('region', { name: 'Export' });
    this.rows = page.getByRole('table', { name: 'Rows of the file' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/transfer`);
    await expect(this.page.getByRole('heading', { name: 'Import and export', level: 2 })).toBeVisible();
  }

  /** Picks a file through the file chooser, as a person would; the preview follows by itself. */
  async pickFile(name: string, content: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    const done = answered(this.page, 'import:preview');
    await this.importSection.getByRole('button', { name: 'Choose a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'text/csv',
      buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    });
    await done;
  }

  async pasteAndPreview(csv: string): Promise<void> {
    await this.importSection.getByLabel('Paste the CSV here').fill(csv);
    const done = answered(this.page, 'import:preview');
    await this.importSection.getByRole('button', { name: 'Preview' }).click();
    await done;
  }

  /** The row of the preview for a line of the file. */
  row(line: number): Locator {
    return this.rows
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }

  /** Line, partner, status and details of every previewed row. */
  async report(): Promise<string[][]> {
    const rows = this.rows.getByRole('row');
    // The preview's answer is in; its rows are drawn a moment later on a busy machine.
    await expect(rows.nth(1)).toBeVisible();
    const count = await rows.count();
    const out: string[][] = [];
    for (let i = 1; i < count; i++) {
      const cells = rows.nth(i).getByRole('cell');
      const text = async (n: number) => (await cells.nth(n).innerText()).replace(/\s+/g, ' ').trim();
      // The status is a badge drawn in capitals; its words are what matter.
      const status = ((await cells.nth(5).textContent()) ?? '').trim();
      // A button in the reasons cell (Fix line N) is a way to act, not a reason.
      let details = await text(6);
      for (const label of await cells.nth(6).getByRole('button').allInnerTexts())
        details = details.replace(label.trim(), '').trim();
      out.push([await text(0), await text(1), status, details]);
    }
    return out;
  }

  async choosePlace(line: number, partner: string, option: string | RegExp): Promise<void> {
    await this.rows.getByRole('combobox', { name: `Place for line ${line} (${partner})` }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  confirmButton(): Locator {
    return this.importSection.getByRole('button', { name: /^Import \d+ partnerships?$/ });
  }

  /** Opens a refused row, types over its cells and has the preview check it again. */
  async fixRow(line: number, cells: Record<string, string>): Promise<void> {
    await this.row(line)
      .getByRole('button', { name: `Fix line ${line}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Fix line ${line}` });
    for (const [label, value] of Object.entries(cells))
      await dialog.getByLabel(label, { exact: true }).fill(value);
    const done = answered(this.page, 'import:preview');
    await dialog.getByRole('button', { name: 'Check again' }).click();
    await done;
  }

  async confirm(): Promise<void> {
    const done = answered(this.page, 'import:commit');
    await this.confirmButton().click();
    await done;
  }

  async export(kind: 'CSV' | 'Excel (XLSX)' | 'the registry’s records (JSON)'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportSection.getByRole('button', { name: `Export ${kind}` }).click();
    return download;
  }
}
