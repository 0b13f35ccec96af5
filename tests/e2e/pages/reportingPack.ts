import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';

/** The text of a PDF as pdftotext reads it, spaces folded, as a person copying from it gets it. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The reporting pack section of an application's page, in English. */
export class ReportingPack {
  readonly section: Locator;
  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Reporting pack' });
  }

  /** Clicks a button (or a menu item after it) and gives back the downloaded file's path and name. */
  async download(button: string, item?: string): Promise<{ path: string; name: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: button }).click();
    if (item) await this.page.getByRole('menuitem', { name: item }).click();
    const file = await downloading;
    const path = await file.path();
    if (!path) throw new Error(`${button} was not downloaded`);
    return { path, name: file.suggestedFilename() };
  }

  /** Saves the pack and unpacks it into `dir`, giving back each entry's name and the path it was written to. */
  async savePack(dir: string): Promise<{ name: string; entries: { name: string; path: string }[] }> {
    const { path, name } = await this.download('Save the pack (zip)');
    const files = unzipSync(new Uint8Array(await readFile(path)));
    await mkdir(dir, { recursive: true });
    const entries: { name: string; path: string }[] = [];
    for (const [entry, bytes] of Object.entries(files)) {
      const out = join(dir, entry.replaceAll('/', '__'));
      await writeFile(out, bytes);
      entries.push({ name: entry, path: out });
    }
    await expect(this.page.getByText(`Saved ${name} with ${entries.length} documents.`)).toBeVisible();
    return { name, entries };
  }
}
