import AxeBuilder from '@axe-core/playwright';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, open, test } from './fixtures';
import { screens } from './a11y/screens';
import { invoke } from './pages/backupsPage';

const fixtureStore = join(import.meta.dirname, '..', 'fixtures', 'stores', 'v5.json');
const locales = ['en', 'ro', 'fr', 'de'] as const;

/** What a screen-reader or keyboard user would trip over: axe's serious and critical findings. */
function summarise(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.any[0]?.message ?? n.failureSummary ?? ''}`,
      ),
    );
}

for (const locale of locales) {
  test(`every screen in ${locale} has no serious or critical accessibility violation`, async ({
    page,
    app,
  }) => {
    test.setTimeout(240_000);
    await copyFile(fixtureStore, join(app.dataDir, 'store.json'));
    await app.restart();
    await invoke(page, app.url, 'settings:save', { locale, dormantAfterMonths: 24 });
    const found: Record<string, string[]> = {};
    for (const screen of screens.filter(
      (s) => !process.env.A11Y_ONLY || process.env.A11Y_ONLY.split(',').includes(s.name),
    )) {
      await open(page, app, screen.route);
      await expect(page.locator('main')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      if (screen.then) await screen.then(page);
      // A spinner means the screen is still loading: judge what the secretary will work with.
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      // What was judged, to look at: test-results/a11y/<locale>-<screen>.png.
      await page.screenshot({ path: `test-results/a11y/${locale}-${screen.name}.png`, fullPage: true });
      const serious = summarise(violations);
      if (serious.length > 0) found[screen.name] = serious;
    }
    expect(found).toEqual({});
  });
}
