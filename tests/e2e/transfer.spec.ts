import { readFile } from 'node:fs/promises';
import { openStore } from '../../electron/core/store/openStore';
import { expect, test } from './fixtures';
import { recordInvokes } from './pages/invokes';
import { PartnershipPages } from './pages/partnershipPages';
import { TransferPage } from './pages/transferPage';

/** What the data folder holds (store.json with its change journal, as a restart reads it): proves whether anything was written. */
async function storedPartnerTowns(dataDir: string): Promise<string[]> {
  const opened = await openStore(dataDir, () => new Date(), { readOnly: true });
  if (opened.kind !== 'ready') throw new Error(opened.problem.detail);
  return opened.data.partnerships.flatMap((p) => p.partners.map((t) => t.place.name)).sort();
}

const MIXED_CSV = [
  'partner town,country,year,kind',
  'Besançon,France,1980,partnership',
  'Sibiu,Romania,2005-06-14,friendship',
  'Atlantis,Narnia,1990,partnership',
  ',Germany,1999,partnership',
  'besancon,France,1981,partnership',
  'Frankfurt,Germany,1975,partnership',
].join('\r\n');

test('a CSV with bad rows is previewed row by row, nothing is written until confirmed, and only the good rows and the chosen town are imported', async ({
  page,
  app,
}) => {
  const transfer = new TransferPage(page);
  const invokes = recordInvokes(page);
  await transfer.goto(app.url);
  await transfer.pickFile('twins.csv', MIXED_CSV);

  await expect(
    transfer.importSection.getByText('Rows ready: 2 · waiting for your choice: 1 · cannot be used: 3'),
  ).toBeVisible();
  expect(await transfer.report()).toEqual([
    ['2', 'Besançon', 'Ready', expect.stringContaining('Besançon')],
    ['3', 'Sibiu', 'Ready', expect.stringContaining('Sibiu')],
    ['4', 'Atlantis', 'Cannot use', 'Unknown country “Narnia”.'],
    ['5', '', 'Cannot use', 'The partner town is empty.'],
    ['6', 'besancon', 'Cannot use', 'Same town as line 2.'],
    ['7', 'Frankfurt', 'Choose', expect.stringContaining('2 places have this name: choose one.')],
  ]);

  // The ambiguous row blocks the import until it is decided.
  await expect(transfer.importSection.getByText('1 row still needs your choice.')).toBeVisible();
  await expect(transfer.confirmButton()).toBeDisabled();
  expect(await storedPartnerTowns(app.dataDir)).toEqual([]);
  expect(
    invokes.filter(
      (c) =>
        c !== 'import:preview' &&
        c !== 'sync:status' &&
        !c.endsWith(':get') &&
        !c.endsWith(':list') &&
        !c.startsWith('app:'),
    ),
  ).toEqual([]);
  // Sync's status is asked once, when the header shows it; its changes come as events, never polled.
  expect(invokes.filter((c) => c === 'sync:status')).toEqual(['sync:status']);

  await transfer.choosePlace(7, 'Frankfurt', /^Frankfurt \(Oder\)/);
  await expect(transfer.confirmButton()).toHaveText('Import 3 partnerships');
  expect(await storedPartnerTowns(app.dataDir)).toEqual([]);
  await transfer.confirm();

  const done = transfer.importSection.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(done).toContainText('Partnerships added: 3; rows left out: 3.');
  // The rows left out stay listed with their reasons after the import.
  const leftOut = done.getByRole('list', { name: 'Rows left out' });
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'Line 4 (Atlantis): Unknown country “Narnia”.',
    'Line 5: The partner town is empty.',
    'Line 6 (besancon): Same town as line 2.',
  ]);
  expect(await storedPartnerTowns(app.dataDir)).toEqual(['Besançon', 'Frankfurt (Oder)', 'Sibiu']);

  const pages = new PartnershipPages(page);
  await pages.gotoList(app.url);
  await expect(page.getByText('3 links')).toBeVisible();
  for (const town of ['Besançon', 'Sibiu', 'Frankfurt (Oder)'])
    await expect(pages.list.getByRole('link', { name: town })).toBeVisible();

  // Importing the same file again finds them already there.
  await transfer.goto(app.url);
  await transfer.pickFile('twins.csv', MIXED_CSV);
  await expect(transfer.row(2)).toContainText('Besançon is already one of your partner towns.');
  expect(app.outbound).toEqual([]);
});

test('a refused row is put right in the preview and imported, the file left as it was', async ({
  page,
  app,
}) => {
  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  await transfer.pickFile(
    'twins.csv',
    ['partner town,country,year,kind', 'Besançon,Narnia,1980,partnership'].join('\n'),
  );
  await expect(transfer.row(2)).toContainText('Unknown country “Narnia”.');
  await expect(transfer.confirmButton()).toBeDisabled();

  await transfer.fixRow(2, { Country: 'France' });
  await expect(transfer.row(2)).toContainText('Corrected in the preview.');
  expect((await transfer.report())[0]?.slice(0, 3)).toEqual(['2', 'Besançon', 'Ready']);
  await expect(transfer.confirmButton()).toHaveText('Import 1 partnership');
  await transfer.confirm();
  await expect(
    transfer.importSection.getByRole('status').filter({ hasText: 'Import finished' }),
  ).toContainText('Partnerships added: 1');
  expect(await storedPartnerTowns(app.dataDir)).toEqual(['Besançon']);
});

test('a file with a byte-order mark, semicolons and German headers is read like any other', async ({
  page,
  app,
}) => {
  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  const csv =
    '\uFEFFPartnerstadt;Land;Jahr;Art\r\nLandshut;Deutschland;1999;Freundschaft\r\n"Cluj-Napoca";Rumänien;2001;Städtepartnerschaft\r\n';
  await transfer.pickFile('partner-de.csv', Buffer.from(csv, 'utf8'));
  await expect(
    transfer.importSection.getByText('Rows ready: 2 · waiting for your choice: 0 · cannot be used: 0'),
  ).toBeVisible();
  expect(await transfer.report()).toEqual([
    ['2', 'Landshut', 'Ready', expect.stringContaining('Landshut')],
    ['3', 'Cluj-Napoca', 'Ready', expect.stringContaining('Cluj-Napoca')],
  ]);
  await expect(transfer.row(2).getByRole('cell').nth(4)).toHaveText('Friendship');
  await transfer.confirm();
  await expect(
    transfer.importSection.getByRole('status').filter({ hasText: 'Import finished' }),
  ).toContainText('Partnerships added: 2; rows left out: 0.');
  expect(await storedPartnerTowns(app.dataDir)).toEqual(['Cluj-Napoca', 'Landshut']);
  expect(app.outbound).toEqual([]);
});

test('a file saved by a spreadsheet in the Windows code page keeps its accents', async ({ page, app }) => {
  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  // "Besançon;France;1980" in windows-1252, as Excel saves "CSV (semicolon delimited)".
  const latin1 = Buffer.from('Ville partenaire;Pays;Année\r\nBesançon;France;1980\r\n', 'latin1');
  await transfer.pickFile('jumelages.csv', latin1);
  expect(await transfer.report()).toEqual([['2', 'Besançon', 'Ready', expect.stringContaining('Besançon')]]);
  expect(app.outbound).toEqual([]);
});

test('the registry is exported as a CSV the importer reads back, as an Excel workbook and as a JSON file of the registry’s records', async ({
  page,
  app,
}) => {
  const transfer = new TransferPage(page);
  await transfer.goto(app.url);
  await transfer.pasteAndPreview(
    'partner town,country,year\nTimișoara,Romania,1998\nBesançon,France,1980-05-09\n',
  );
  await transfer.confirm();

  const csv = await transfer.export('CSV');
  expect(csv.suggestedFilename()).toMatch(/^partnerships-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = await readFile(await csv.path(), 'utf8');
  // A byte-order mark, so Excel reads the accents as UTF-8.
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const lines = csvText.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'Home town,Partner town,Country,Date signed,Kind of link,Status,Region,Contact person,E-mail,Phone,Notes,Population,Latitude,Longitude,GeoNames id',
  );
  // A year alone stays a year: no invented 1 January.
  expect(lines.slice(1).map((l) => l.split(',').slice(1, 6))).toEqual([
    ['Timișoara', 'RO', '1998', 'Formal partnership', 'Active'],
    ['Besançon', 'FR', '1980-05-09', 'Formal partnership', 'Active'],
  ]);

  const xlsx = await transfer.export('Excel (XLSX)');
  expect(xlsx.suggestedFilename()).toMatch(/^partnerships-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // An XLSX file is a zip archive.
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');

  const json = await transfer.export('the registry’s records (JSON)');
  expect(json.suggestedFilename()).toMatch(/^twinning-desk-records-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    format: string;
    partnerships: {
      partners: { place: { name: string; geonameId: number | null } }[];
      signings: { date: string; note: string }[];
    }[];
  };
  expect(body.format).toBe('twinning-desk/records');
  expect(body.partnerships.map((p) => p.partners[0]?.place.name)).toEqual(['Timișoara', 'Besançon']);
  expect(body.partnerships[0]?.partners[0]?.place.geonameId).toEqual(expect.any(Number));
  expect(body.partnerships[0]?.signings[0]).toMatchObject({ date: '1998', note: '' });

  // The CSV goes back in through the importer: both towns are recognised as already there.
  await transfer.pickFile('back.csv', csvText);
  await expect(
    transfer.importSection.getByText('Rows ready: 0 · waiting for your choice: 0 · cannot be used: 2'),
  ).toBeVisible();
  expect(app.outbound).toEqual([]);
});
