import { expect, open, test } from './fixtures';

test('the app loads every file it asks for, the favicon included, with no console error such as a CSP refusal', async ({
  page,
  app,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failed.push(`console: ${message.text()}`);
  });
  await open(page, app, '/');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  const favicon = await page.request.get(new URL('/favicon.svg', app.url).toString());
  expect(favicon.headers()['content-type']).toBe('image/svg+xml');
  expect(failed).toEqual([]);
});
