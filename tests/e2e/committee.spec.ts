import { expect, open, test } from './fixtures';

test('the committee page opens in browser mode', async ({ page, app }) => {
  await open(page, app, '/committee');
  await expect(page.getByRole('heading', { name: 'Committee profile' })).toBeVisible();
  expect(app.outbound).toEqual([]);
});
