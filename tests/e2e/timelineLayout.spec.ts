import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { TimelinePage } from './pages/timelinePage';

const shots = join(process.cwd(), '.tmp', 'timeline-shots');
const year = new Date().getFullYear();
const locales = ['en', 'ro', 'fr', 'de'] as const;

/** The first column heading drawn in view, and whether the names column covers any of it. */
async function firstHeadingInView(ui: TimelinePage): Promise<{ text: string; covered: number }> {
  const names = await ui.table.getByRole('columnheader').first().boundingBox();
  const region = await ui.region.boundingBox();
  const headings: Locator[] = await ui.table.getByRole('columnheader').all();
  for (const heading of headings.slice(1)) {
    const box = await heading.boundingBox();
    // The first heading whose right edge is past the names column is the first the eye meets.
    if (!box || !names || !region || box.x + box.width <= names.x + names.width) continue;
    return {
      text: (await heading.innerText()).trim(),
      covered: Math.max(0, names.x + names.width - box.x),
    };
  }
  throw new Error('no column heading in view');
}

for (const locale of locales) {
  test(`in ${locale}, the sample committee's timeline opens at its first year, fully visible beside the names at every zoom`, async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await mkdir(shots, { recursive: true });
    await invoke(page, app.url, 'sample:explore', {});
    await invoke(page, app.url, 'settings:save', { locale, dormantAfterMonths: 24 });
    const ui = new TimelinePage(page);
    await page.goto(`${app.url}#/team/timeline`);
    await expect(ui.region).toBeVisible();
    // The sample link was signed on 9 May 2025: the timeline starts there, not ten years before.
    await page.screenshot({ path: join(shots, `sample-${locale}-opened.png`) });
    const first = await firstHeadingInView(ui);
    expect.soft(first.text).toBe('2025');
    expect.soft(first.covered).toBe(0);
    await expect.soft(page).toHaveURL(/from=2025/);
    for (const zoom of ['year', 'quarter', 'month'] as const) {
      if (zoom !== 'year') {
        // The zoom's label, in whatever language: the segment beside its radio.
        await page.locator(`input[type="radio"][value="${zoom}"] + label`).click();
        await expect(page).toHaveURL(new RegExp(`zoom=${zoom}`));
      }
      // Scrolled to the start, the first column sits wholly right of the names.
      await ui.region.evaluate((el) => (el.scrollLeft = 0));
      await expect
        .poll(async () => (await firstHeadingInView(ui)).covered, { message: `${locale} ${zoom}` })
        .toBe(0);
      // Every row's first cell starts where its heading does.
      const heading = await ui.table.getByRole('columnheader').nth(1).boundingBox();
      const cell = await ui.table.getByRole('row').nth(1).getByRole('cell').first().boundingBox();
      expect(Math.abs((cell?.x ?? 0) - (heading?.x ?? 0))).toBeLessThan(1);
      await page.screenshot({ path: join(shots, `sample-${locale}-${zoom}.png`) });
    }
    expect(year).toBeGreaterThanOrEqual(2025);
  });
}
