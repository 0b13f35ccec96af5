import { expect, open, test } from './fixtures';
import { CommitteePage } from './pages/committeePage';
import { DiscoveryPages, PlacePickerPart } from './pages/discoveryPages';
import { PartnershipPages } from './pages/partnershipPages';

/** A signing date 25 years before a day about a month from now, so its jubilee is announced. */
function signingForJubileeNextMonth(): string {
  const jubilee = new Date();
  jubilee.setDate(jubilee.getDate() + 30);
  const day = Math.min(jubilee.getDate(), 28);
  return `${jubilee.getFullYear() - 25}-${String(jubilee.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today as the app writes it in English ("30 November 2026"). */
const todayInWords = () =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`),
  );

test('from Bratislava, typed as Pressburg, a secretary finds Sibiu as Hermannstadt, shortlists it, makes it a partnership, takes it to active and sees it on the map and among the jubilees', async ({
  page,
  app,
}) => {
  const committee = new CommitteePage(page);
  const discovery = new DiscoveryPages(page);
  const partnerships = new PartnershipPages(page);

  // Home town from the gazetteer by its German name.
  await committee.goto(app.url);
  const picker = new PlacePickerPart(page, committee.municipality);
  expect((await picker.offered('Pressburg'))[0]).toMatch(
    /^Pressburg → Bratislava, Bratislava Region · Slovakia · /,
  );
  await picker.pick('Pressburg', /^Pressburg → Bratislava/);
  await expect(committee.municipality.getByLabel('Name of the town')).toHaveValue('Bratislava');
  for (const language of ['Slovak', 'German']) {
    const input = committee.municipality.getByRole('combobox', { name: 'Languages' });
    await input.click();
    await input.fill(language);
    await page.getByRole('option', { name: language, exact: true }).click();
  }
  await committee.saveMunicipality();

  // Sibiu by its German name, with the reasons for its rank.
  await discovery.goto(app.url);
  // Sibiu (134,309) is under a third of Bratislava's size: a similar-size search leaves it out.
  await discovery.searchByName('Hermannstadt', 'Smaller');
  const sibiu = discovery.result('Sibiu');
  await expect(sibiu).toBeVisible();
  await expect(sibiu.getByText('found as “Hermannstadt”')).toBeVisible();
  await expect(sibiu.getByText(/^Sibiu County, Romania · [\d,]+ inhabitants · 5\d\d km away$/)).toBeVisible();
  expect(await discovery.reasons('Sibiu')).toEqual([
    expect.stringMatching(
      /^[\d,]+ inhabitants \(0\.\d\d × your town\): the size you asked for [\d.]+ of 30 points$/,
    ),
    expect.stringMatching(/^5\d\d km from your town \(scale 2,500 km\) [\d.]+ of 25 points$/),
    'No shared official language (they speak Romanian) 0 of 25 points',
    'Romania is an EU member state',
  ]);
  await expect(sibiu.getByLabel(/^Score \d+ of 100$/)).toBeVisible();

  await discovery.addToShortlist('Sibiu', {
    status: 'Contacted',
    notes: 'Met their mayor at the Danube forum',
    themes: ['Art and culture'],
  });
  await expect(sibiu.getByText('On the shortlist')).toBeVisible();

  await discovery.openShortlist();
  await expect(page.getByRole('tab', { name: 'Shortlist (1)' })).toBeVisible();
  const row = discovery.shortlistRow('Sibiu');
  await expect(row.getByText('Contacted')).toBeVisible();
  await expect(row.getByText('Met their mayor at the Danube forum')).toBeVisible();
  await discovery.createPartnershipFor('Sibiu');

  // The new link opens, a prospect with the shortlist's notes.
  await expect(page.getByRole('heading', { name: 'Sibiu', level: 2, exact: true })).toBeVisible();
  // Its first status carries the day it was made, marked as no event of the link.
  const entered = `${todayInWords()} (day of entry, not of the event)`;
  const history = async () =>
    (await partnerships.historyRows()).map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
  expect(await history()).toEqual([[entered, 'Prospect']]);
  await expect(page.getByText('Met their mayor at the Danube forum')).toBeVisible();

  // A change may not predate the last one; the form keeps what was typed.
  await page.getByRole('button', { name: 'Change status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change status' });
  await dialog.getByLabel('Date').fill('2001-01-01');
  await dialog.getByLabel('Note').fill('Letter of intent');
  await dialog.getByRole('button', { name: 'Record the change' }).click();
  await expect(dialog.getByText('The date cannot be before the previous status change')).toBeVisible();
  await expect(dialog.getByLabel('Note')).toHaveValue('Letter of intent');
  // The dialog's × is a named button, closed without recording anything.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  await partnerships.changeStatus('Exploring', 'Letter of intent');
  await partnerships.changeStatus('Negotiating');
  await partnerships.changeStatus('Active', 'Charter signed in both town halls');

  // Adding the signing date through the edit form keeps the history and its dates.
  await page.getByRole('link', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit Sibiu' });
  await expect(edit).toBeVisible();
  await partnerships.addSigning(signingForJubileeNextMonth(), 'Sibiu', edit);
  await partnerships.save(edit);
  await expect(page.getByRole('heading', { name: 'Sibiu', level: 2, exact: true })).toBeVisible();
  const today = todayInWords();
  await expect(partnerships.history.getByRole('row')).toHaveCount(5);
  expect(await history()).toEqual([
    [today, 'Active'],
    [today, 'Negotiating'],
    [today, 'Exploring'],
    [entered, 'Prospect'],
  ]);
  await expect(partnerships.history.getByText('Charter signed in both town halls')).toBeVisible();

  // On the map: Bratislava, Sibiu in the colour of an active link, and the line between them.
  await open(page, app, '/map');
  const map = page.getByRole('group', { name: 'Map of partnerships' });
  await expect(map.getByRole('img', { name: 'Home town: Bratislava' })).toBeVisible();
  const sibiuOnMap = map.getByRole('link', { name: 'Sibiu — Active' });
  await expect(sibiuOnMap).toBeVisible();
  const link = map.locator('path[data-kind="link"][data-status="active"]');
  await expect(link).toHaveCount(1);
  expect(await link.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
  // The line is drawn in the active badge's green, the legend says so in the same words.
  await expect(link).toHaveAttribute('stroke', '#2f9e44');
  await expect(page.getByRole('list', { name: 'Legend' }).getByText('Active', { exact: true })).toBeVisible();
  // A town on the map is a place to work: Tab reaches it, Enter opens its partnership.
  await sibiuOnMap.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sibiu', level: 2, exact: true })).toBeVisible();
  await open(page, app, '/map');
  await page
    .getByRole('group', { name: 'Map of partnerships' })
    .getByRole('link', { name: 'Sibiu — Active' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sibiu', level: 2, exact: true })).toBeVisible();

  // The shortlist now points to the link.
  await discovery.goto(app.url);
  await discovery.openShortlist();
  await expect(discovery.shortlistRow('Sibiu').getByText('Chosen')).toBeVisible();
  await expect(discovery.shortlistRow('Sibiu').getByRole('link', { name: 'Open partnership' })).toBeVisible();

  // Searched again, Sibiu is now a partner: it ranks low and is not offered for the shortlist.
  await page.getByRole('tab', { name: 'Search' }).click();
  await discovery.searchByName('Hermannstadt', 'Smaller');
  await expect(discovery.result('Sibiu').getByText('Already a partner')).toBeVisible();
  await expect(discovery.result('Sibiu').getByText('Already one of your partner towns')).toBeVisible();
  await expect(
    discovery.result('Sibiu').getByRole('button', { name: 'Add to shortlist (Sibiu)' }),
  ).toHaveCount(0);

  await open(page, app, '/');
  const jubilees = page.getByRole('region', { name: 'Anniversaries ahead' });
  await expect(jubilees.getByRole('link', { name: '25 years: Sibiu' })).toBeVisible();
  expect(app.outbound).toEqual([]);
});

test('the gazetteer knows towns by their Hungarian and German names and shows Romanian names with the comma below', async ({
  page,
  app,
}) => {
  const committee = new CommitteePage(page);
  await committee.goto(app.url);
  const picker = new PlacePickerPart(page, committee.municipality);
  expect((await picker.offered('Kolozsvár'))[0]).toMatch(
    /^Kolozsvár → Cluj-Napoca, Cluj County · Romania · /,
  );
  expect((await picker.offered('kolozsvar'))[0]).toMatch(/^Kolozsvár → Cluj-Napoca/);

  const discovery = new DiscoveryPages(page);
  await discovery.goto(app.url);
  await discovery.searchByName('Timisoara');
  const heading = discovery.results.getByRole('heading', { level: 3 }).first();
  await expect(heading).toHaveText('Timișoara');
  // ș is U+0219 (comma below), not the cedilla ş U+015F.
  expect([...(await heading.innerText())].map((c) => c.codePointAt(0))).toContain(0x0219);
  await expect(discovery.result('Timișoara')).toContainText('Timiș County, Romania');
  // No home town yet: the page says once what could not be compared, instead of guessing on every card.
  await expect(
    page.getByText(
      'Your town is not set up yet (Committee page): size, distance and languages could not be compared.',
    ),
  ).toBeVisible();
  expect(await discovery.reasons('Timișoara')).toEqual(['Romania is an EU member state']);
  expect(app.outbound).toEqual([]);
});

test('in the partnership form a partner town is taken from the gazetteer by its Hungarian name, with its coordinates, and appears on the map', async ({
  page,
  app,
}) => {
  const partnerships = new PartnershipPages(page);
  await partnerships.gotoList(app.url);
  await partnerships.startNew();
  const town = partnerships.form.getByRole('group', { name: 'Partner town 1' });
  const picker = new PlacePickerPart(page, town);
  expect((await picker.offered('Kolozsvár'))[0]).toMatch(/^Kolozsvár → Cluj-Napoca/);
  await picker.input.press('Enter');
  await expect(town.getByRole('textbox', { name: /^Town/ })).toHaveValue('Cluj-Napoca');
  await expect(town.getByRole('combobox', { name: 'Country' })).toHaveValue('Romania');
  await expect(town.getByLabel('Latitude')).toHaveValue(/^46\.7/);
  await expect(town.getByText('Romanian', { exact: true })).toBeVisible();
  await partnerships.save();

  await expect(page.getByRole('heading', { name: 'Cluj-Napoca', level: 2, exact: true })).toBeVisible();
  await expect(page.getByText('entered by hand')).toBeHidden();
  await open(page, app, '/map');
  await expect(
    page
      .getByRole('group', { name: 'Map of partnerships' })
      .getByRole('link', { name: 'Cluj-Napoca — Prospect' }),
  ).toBeVisible();
  expect(app.outbound).toEqual([]);
});
