import { expect, test } from './fixtures';
import { answered } from './pages/invokes';
import { CommitteePage } from './pages/committeePage';
import { PartnershipPages } from './pages/partnershipPages';
import { TransferPage } from './pages/transferPage';

/** A town hall's list as Romanian Excel saves it: Windows-1250, semicolons, three home towns, local dates. */
function cp1250(text: string): Buffer {
  const table: Record<string, number> = {
    ș: 0xba,
    ş: 0xba,
    ț: 0xfe,
    Ț: 0xde,
    ă: 0xe3,
    ł: 0xb3,
    ő: 0xf5,
    é: 0xe9,
    ç: 0xe7,
    â: 0xe2,
  };
  return Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (table[c] ?? 0x3f))));
}

const FILE = [
  'Localitatea;Oraș partener;Țară;Data semnării;Stare;Buget',
  'Sibiu;Bielsko-Biała;Polonia;1977;Activ;100',
  'Sibiu;Kőszeg;Ungaria;12.10.1990;Activ;',
  'Sibiu;Springfield;United States;2001;Activ;',
  'Brașov;Rennes;Franța;1999;Activ;',
].join('\r\n');

test('a Windows-1250 registry imported in the English UI keeps its towns, its years and its home town, and a link’s history can be backdated', async ({
  page,
  app,
}) => {
  const committee = new CommitteePage(page);
  await committee.goto(app.url);
  await committee.fillMunicipality({ name: 'Sibiu', country: 'Romania', languages: ['Romanian'] });
  await committee.saveMunicipality();

  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  await transfer.pickFile('registru.csv', cp1250(FILE));
  await expect(transfer.importSection.getByRole('combobox', { name: 'Read the file as' })).toHaveValue(
    'Central European (Windows-1250)',
  );
  // The reading can be changed: as Western European the headers and the Polish ł are lost, as found they come back.
  const readAs = transfer.importSection.getByRole('combobox', { name: 'Read the file as' });
  await readAs.click();
  await page.getByRole('option', { name: 'Western European (Windows-1252)' }).click();
  await expect(
    transfer.importSection.getByText(
      /^Missing columns: partner town, country\. Found: Localitatea, Oraº partener/,
    ),
  ).toBeVisible();
  await expect(transfer.importSection.getByRole('textbox', { name: 'Paste the CSV here' })).toHaveValue(
    /Bielsko-Bia³a/,
  );
  await readAs.click();
  await page.getByRole('option', { name: 'Central European (Windows-1250)' }).click();
  await expect(transfer.rows.getByText('Bielsko-Biała', { exact: true })).toBeVisible();
  await expect(
    transfer.importSection.getByText('This column is left out, since the app has no field for it: Buget.'),
  ).toBeVisible();
  await expect(transfer.importSection.getByText(/not imported: Brașov \(1 row\)/)).toBeVisible();
  expect((await transfer.report()).map((r) => [r[0], r[1], r[2]])).toEqual([
    ['2', 'Bielsko-Biała', 'Ready'],
    ['3', 'Kőszeg', 'Ready'],
    ['4', 'Springfield', 'Choose'],
    ['5', 'Rennes', 'Cannot use'],
  ]);
  // Springfield lies outside the gazetteer's Europe: it starts as typed by hand.
  await expect(transfer.confirmButton()).toHaveText('Import 3 partnerships');
  await transfer.confirm();
  await expect(transfer.importSection.getByText('Partnerships added: 3; rows left out: 1.')).toBeVisible();

  // The Overview announces the 50th anniversary of a 1977 signing for 2027, never for 1 January.
  await page.goto(`${app.url}#/`);
  const anniversaries = page.getByRole('region', { name: 'Anniversaries ahead' });
  await expect(anniversaries.getByText('50 years: Bielsko-Biała')).toBeVisible();
  await expect(anniversaries.getByText('In 2027 (only the year of the signing is recorded)')).toBeVisible();
  await expect(page.getByText(/1 January/)).toHaveCount(0);

  // The map draws Sibiu's links with the file's spelling; Springfield waits for coordinates.
  await page.goto(`${app.url}#/map`);
  const map = page.getByRole('group', { name: 'Map of partnerships' });
  await expect(map.getByRole('link', { name: /^Bielsko-Biała — Active/ })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Kőszeg — Active/ })).toBeVisible();
  await expect(map.getByRole('link', { name: /Rennes/ })).toHaveCount(0);
  await expect(page.getByText('1 partner town has no coordinates and is not on the map.')).toBeVisible();

  // Kőszeg was signed on 12 October 1990: the imported status carries that day.
  const pages = new PartnershipPages(page);
  await pages.gotoList(app.url);
  await pages.list.getByRole('link', { name: 'Kőszeg' }).click();
  await expect(page.getByRole('heading', { name: 'Kőszeg', level: 2 })).toBeVisible();
  await expect(pages.history.getByRole('row')).toHaveCount(2);
  expect(await pages.historyRows()).toEqual([['12 October 1990', 'Active']]);

  // Springfield's status has only the day of the import: correct it to the real day, keeping who and when.
  await pages.gotoList(app.url);
  await pages.list.getByRole('link', { name: 'Springfield' }).click();
  await expect(page.getByRole('heading', { name: 'Springfield', level: 2 })).toBeVisible();
  await expect(page.getByText('(day of entry, not of the event)')).toBeVisible();
  await page.getByRole('button', { name: /^Correct “Active” of/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct “Active”' });
  await dialog.getByLabel('The day it happened').fill('2001-05-12');
  await dialog.getByLabel('Corrected by').fill('Ioana Popescu');
  const saved = answered(page, 'partnership:correctStatus');
  await dialog.getByRole('button', { name: 'Save the correction' }).click();
  await saved;
  await expect(dialog).toBeHidden();
  expect((await pages.historyRows())[0]?.[0]).toMatch(/^12 May 2001\s+Corrected by Ioana Popescu on/);

  // The backup taken before the import does not hold Springfield: the delete dialog promises none.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this partnership?' });
  await expect(confirm.getByText(/No backup holds it yet/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(app.outbound).toEqual([]);
});

test('with no home town set, the secretary says which of the file’s towns is hers, and its other names count too', async ({
  page,
  app,
}) => {
  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  await transfer.pickFile(
    'three-towns.csv',
    cp1250(
      [
        'Localitatea;Oraș partener;Țară',
        'Sibiu;Rennes;Franța',
        'Hermannstadt;Landshut;Germania',
        'Brașov;Tours;Franța',
      ].join('\r\n'),
    ),
  );
  const which = transfer.importSection.getByRole('combobox', {
    name: 'The file holds the links of several towns. Which one is yours?',
  });
  await which.click();
  await expect(page.getByRole('option')).toHaveText([
    'Sibiu (1 row)',
    'Hermannstadt (1 row)',
    'Brașov (1 row)',
  ]);
  await page.getByRole('option', { name: 'Sibiu (1 row)' }).click();
  await expect(transfer.importSection.getByText(/not imported: Brașov \(1 row\)/)).toBeVisible();
  expect((await transfer.report()).map((r) => [r[0], r[1], r[2]])).toEqual([
    ['2', 'Rennes', 'Ready'],
    ['3', 'Landshut', 'Ready'],
    ['4', 'Tours', 'Cannot use'],
  ]);
  await expect(transfer.confirmButton()).toHaveText('Import 2 partnerships');

  // The wrong town chosen: the choice stays on the preview and another is taken over the same file.
  await expect(which).toHaveValue('Sibiu (1 row)');
  await which.click();
  await page.getByRole('option', { name: 'Brașov (1 row)' }).click();
  await expect(which).toHaveValue('Brașov (1 row)');
  await expect(transfer.importSection.getByText(/not imported: Sibiu \(1 row\), Hermannstadt/)).toBeVisible();
  expect((await transfer.report()).map((r) => [r[0], r[1], r[2]])).toEqual([
    ['2', 'Rennes', 'Cannot use'],
    ['3', 'Landshut', 'Cannot use'],
    ['4', 'Tours', 'Choose'],
  ]);
  const tours = transfer.importSection.getByRole('combobox', { name: 'Place for line 4 (Tours)' });
  await tours.click();
  await page.getByRole('option').first().click();
  await expect(transfer.confirmButton()).toHaveText('Import 1 partnership');
  // The encoding above it in view, so the fixed header does not hide the choice's label.
  await transfer.importSection.getByRole('combobox', { name: /^Read the file as/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/registry/home-town-changed.png' });
  await which.click();
  await page.getByRole('option', { name: 'Sibiu (1 row)' }).click();
  await expect(transfer.confirmButton()).toHaveText('Import 2 partnerships');
});
