import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { invoke } from './pages/backupsPage';
import { HostPages } from './pages/hostPages';

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** An exchange on the 10th to the 13th of next month, and the households free for the whole month. */
function nextMonth() {
  const now = new Date();
  const day = (n: number) => iso(new Date(now.getFullYear(), now.getMonth() + 1, n));
  return { start: day(10), end: day(13), first: day(1), last: day(28) };
}

const link = {
  kind: 'partnership',
  partners: [
    {
      key: 'landshut',
      place: {
        name: 'Landshut',
        country: 'DE',
        region: 'Bayern',
        population: 73_411,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['de'],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: ['ro', 'de'],
  themes: ['youth'],
  notes: '',
};

test('a secretary matches twenty guests to host families, sees the shortage, resolves it by hand and prints the host-family sheet', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000);
  const { start, end, first, last } = nextMonth();
  const p = (await invoke(page, app.url, 'partnership:save', link)) as { id: string };
  const activity = (await invoke(page, app.url, 'activities:save', {
    title: 'Youth exchange Sibiu–Landshut',
    kind: 'youthExchange',
    partnershipIds: [p.id],
    host: 'home',
    venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
    startDate: start,
    endDate: end,
    programme: [],
    languages: ['ro', 'de'],
    themes: [],
    organisationIds: [],
    notes: '',
  })) as { id: string };
  await HostPages.seedGuests(app, activity.id, 20);
  const hosts = new HostPages(page);

  // The register: one household through its dialog, two more as if registered earlier.
  await hosts.gotoRegister(app);
  await expect(page.getByText('No household yet.', { exact: false })).toBeVisible();
  await hosts.register('Familia Popescu', 4, first, last);
  await HostPages.add(page, app, HostPages.household('Familia Ionescu', 6, first, last));
  await HostPages.add(page, app, HostPages.household('Familia Marin', 6, first, last));
  await expect(page.getByRole('button', { name: /^Familia / })).toHaveCount(3);
  await page.screenshot({ path: '.tmp/hosts-register.png', fullPage: true });

  // Too few beds: the tab says so plainly.
  await hosts.gotoTab(app, activity.id);
  await expect(hosts.banner).toContainText('Not enough beds');
  await expect(hosts.banner).toContainText('20 guests, 16 beds');
  await expect(hosts.banner).toContainText('4 guests more than there are beds');
  await expect(hosts.suggestions.getByRole('row')).toHaveCount(17);
  await expect(hosts.suggestions).toContainText('Speaks German');
  await expect(hosts.suggestions).toContainText('Without a suggestion (4)');
  await page.screenshot({ path: '.tmp/hosts-shortage.png', fullPage: true });

  await hosts.acceptAll();
  await expect(page.getByText('16 of 20 guests have a host.')).toBeVisible();
  await expect(hosts.stays).toContainText('4 of 4 beds taken');

  // By hand: a full household is refused at its field, with its name.
  await hosts.assign('Guest 17', 'Familia Popescu');
  await expect(page.getByText('Familia Popescu has no bed left for these dates (4 beds).')).toBeVisible();

  // The shortage resolved: one more household, then a guest placed by hand and the rest accepted.
  await HostPages.add(page, app, HostPages.household('Familia Dobre', 4, first, last));
  await expect(hosts.banner).toContainText('Enough beds');
  await expect(hosts.banner).toContainText('20 guests, 20 beds');
  const form = page.getByRole('region', { name: 'Place a guest by hand' });
  const waiting = await form
    .getByRole('combobox', { name: 'Guest' })
    .or(form.getByRole('textbox', { name: 'Guest' }))
    .count();
  expect(waiting).toBeGreaterThan(0);
  await hosts.assign('Guest 17', 'Familia Dobre');
  await expect(page.getByText('Guest 17 stays with Familia Dobre.')).toBeVisible();
  await hosts.acceptAll();
  await expect(page.getByText('20 of 20 guests have a host.')).toBeVisible();
  await expect(hosts.stays).toContainText('By hand');
  await page.screenshot({ path: '.tmp/hosts-resolved.png', fullPage: true });

  // Unassign frees the bed.
  await hosts.stays.getByRole('button', { name: 'Unassign (Guest 17)' }).click();
  await expect(page.getByText('19 of 20 guests have a host.')).toBeVisible();
  await hosts.assign('Guest 17', 'Familia Dobre');
  await expect(page.getByText('20 of 20 guests have a host.')).toBeVisible();

  // The host-family sheet, read back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print the host-family sheet' }).click();
  const pdf = await (await downloading).path();
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, '.tmp/hosts-sheet']);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Host families and their guests/);
  expect(text).toMatch(/Guests: 20 · Households: 4/);
  for (const name of [
    'Familia Popescu',
    'Familia Ionescu',
    'Familia Marin',
    'Familia Dobre',
    'Guest 01',
    'Guest 20',
  ])
    expect(text).toContain(name);
  expect(text).not.toMatch(/not yet placed/);

  // One welcome sheet per guest, in the guest's language (German here).
  const welcoming = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print the welcome sheets' }).click();
  const welcome = await (await welcoming).path();
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', welcome, '-'], { encoding: 'utf8' }).split('\f');
  expect(pages.filter((p) => p.includes('Willkommen'))).toHaveLength(20);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', welcome, '.tmp/hosts-welcome']);

  // The overview no longer lists the exchange among activities with guests without a host.
  await page.goto(`${app.url}#/`);
  await expect(page.getByRole('region', { name: 'Next activities' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Guests without a host' })).toHaveCount(0);
});
