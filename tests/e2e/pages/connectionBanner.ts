import type { Locator, Page } from '@playwright/test';

/** Browser mode's connection banner and the reconnect form (English). */
export class ConnectionBanner {
  readonly lost: Locator;
  readonly refused: Locator;
  readonly address: Locator;

  constructor(readonly page: Page) {
    this.lost = page.getByRole('alert', { name: 'Twinning Desk is not running', exact: true });
    this.refused = page.getByRole('alert', {
      name: 'Twinning Desk does not recognise this page',
      exact: true,
    });
    this.address = page.getByRole('textbox', { name: 'Fresh address' });
  }

  async reconnectWith(url: string): Promise<void> {
    await this.address.fill(url);
    await this.page.getByRole('button', { name: 'Reconnect' }).click();
  }
}
