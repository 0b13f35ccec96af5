import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

/** The Sync screen: the server's setup, how sync goes, the file exchange and the conflicts. */
export class SyncPage {
  constructor(readonly page: Page) {}

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/sync`);
    await expect(this.page.getByRole('heading', { name: 'Sync', exact: true })).toBeVisible();
  }

  field(name: 'Server address' | 'Database' | 'User'): Locator {
    return this.page.getByRole('textbox', { name });
  }

  password(): Locator {
    return this.page.getByLabel('Password');
  }

  async fill(setup: { url: string; database: string; user?: string; password?: string }): Promise<void> {
    await this.field('Server address').fill(setup.url);
    await this.field('Database').fill(setup.database);
    if (setup.user !== undefined) await this.field('User').fill(setup.user);
    if (setup.password !== undefined) await this.password().fill(setup.password);
  }

  async testConnection(): Promise<void> {
    const done = answered(this.page, 'sync:test');
    await this.page.getByRole('button', { name: 'Test connection' }).click();
    await done;
  }

  async start(): Promise<void> {
    const done = answered(this.page, 'sync:start');
    await this.page.getByRole('button', { name: 'Start sync' }).click();
    await done;
  }

  status(): Locator {
    return this.page.getByRole('region', { name: 'How sync goes' });
  }

  /** One line of "How sync goes", by its label (State, Last up to date, Changes not yet sent…). */
  statusLine(label: string): Locator {
    return this.status()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  }

  /** The header's word on sync, on every screen. */
  indicator(): Locator {
    return this.page.getByRole('banner').getByRole('status');
  }

  fileSection(): Locator {
    return this.page.getByRole('region', { name: 'Exchange a file' });
  }

  /** Saves a sync file (browser mode downloads it) and gives its bytes. */
  async saveSyncFile(): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await this.fileSection().getByRole('button', { name: 'Save a sync file' }).click();
    const path = await (await download).path();
    return new Uint8Array(await readFile(path));
  }

  async importSyncFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.fileSection().getByRole('button', { name: 'Import a sync file' }).click();
    await (await chooser).setFiles(path);
  }
}
