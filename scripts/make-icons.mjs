// Renders resources/icons/icon.svg to the PNG sizes packaging needs, with the installed
// Chromium (Playwright screenshot, transparent outside the rounded square), and copies the
// SVG to renderer/public/favicon.svg. Run after editing the SVG: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const icons = join(root, 'resources', 'icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');
const SIZES = [512, 256, 32];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const file = join(icons, `${size}x${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
copyFileSync(join(icons, 'icon.svg'), join(root, 'renderer', 'public', 'favicon.svg'));
console.log('wrote renderer/public/favicon.svg');
