import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The Backups screen: the list, the preview dialog, and the hand-over section. */
export class BackupsPage {
  readonly list: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: 'Saved backups' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/backups`);
    await expect(this.page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible();
  }

  rows(): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async backUpNow(): Promise<void> {
    const done = answered(this.page, 'backup:create');
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await done;
  }

  async previewRow(reason: string): Promise<void> {
    await this.rows().filter({ hasText: reason }).first().getByRole('button', { name: 'Preview' }).click();
    await expect(this.dialog.getByText('Committee:')).toBeVisible();
  }

  /** Confirms a restore from the open preview; the page reloads afterwards. */
  async restoreFromPreview(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Restore this backup' }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    const done = answered(this.page, 'backup:restore');
    // The app reloads itself after a restore; wait for that new page, or the next goto races it.
    const reloaded = this.page.waitForEvent('load');
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
    await done;
    await reloaded;
  }

  async saveHandover(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save hand-over file' }).click();
    const file = await download;
    const path = await file.path();
    expect(file.suggestedFilename()).toMatch(/^twinning-desk-handover-.*\.zip$/);
    return path;
  }

  async openHandover(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open hand-over file…' }).click();
    await (await chooser).setFiles(path);
  }
}

/** Calls the core the way the renderer does, to set up data without clicking through forms. */
export async function invoke(page: Page, appUrl: string, channel: string, input: unknown): Promise<unknown> {
  const url = new URL(appUrl);
  // A fresh address's one-time code, traded for a secret as a tab would.
  const session = await page.request.post(`${url.origin}/api/session`, {
    headers: { 'x-twinning-code': url.searchParams.get('code') ?? '' },
  });
  const { secret } = (await session.json()) as { secret: string };
  const response = await page.request.post(`${url.origin}/api/invoke`, {
    headers: { 'x-twinning-secret': secret, 'content-type': 'application/json' },
    data: { channel, input },
  });
  const result = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data;
}
