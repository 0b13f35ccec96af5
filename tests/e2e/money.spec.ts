import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { answered } from './pages/invokes';
import { MoneyPage } from './pages/moneyPage';

const shots = join(import.meta.dirname, '..', '..', '.tmp', 'money-shots');

test('a year budgeted in euros and lei, spent in lei and złoty, shows planned against actual with its rates and exports read back', async ({
  page,
  app,
}) => {
  await mkdir(shots, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
  const money = new MoneyPage(page);

  await money.goto(app.url, '?tab=rates');
  await money.addRate({
    from: 'EUR',
    to: 'RON',
    rate: '4.9770',
    date: '2026-01-01',
    source: 'InforEuro (monthly)',
  });
  await money.addRate({
    from: 'EUR',
    to: 'RON',
    rate: '4.9750',
    date: '2026-05-01',
    source: 'InforEuro (monthly)',
  });
  await money.addRate({
    from: 'EUR',
    to: 'PLN',
    rate: '4.2611',
    date: '2026-06-10',
    source: 'ECB reference rate (daily)',
  });
  await expect(page.getByRole('cell', { name: '1 EUR = 4.975 RON' })).toBeVisible();
  await page.screenshot({ path: join(shots, 'rates.png'), fullPage: true });

  // The committee's own category: named as she typed it everywhere, its key never shown.
  await money.tab('Categories').click();
  await money.addCategory('Choir costumes');
  await expect(page.getByRole('cell', { name: 'Choir costumes', exact: true })).toBeVisible();
  await page.screenshot({ path: join(shots, 'categories.png'), fullPage: true });

  await money.tab('Budget').click();
  // The year shown is in the address, so the budget of a year can be bookmarked.
  await page.getByRole('textbox', { name: 'Year' }).fill('2027');
  await expect(page).toHaveURL(/year=2027/);
  await page.getByRole('textbox', { name: 'Year' }).fill('2026');
  await expect(page).toHaveURL(/year=2026/);
  await money.addLine(2026, { category: 'Travel', amount: '200', currency: 'EUR' });
  await money.addLine(2026, { category: 'Accommodation', amount: '10,000.00', currency: 'RON' });
  await expect(page.getByRole('cell', { name: 'RON 10,000.00' })).toBeVisible();
  // Planned at nothing yet, so the totals below stay those of travel and accommodation.
  await money.addLine(2026, { category: 'Choir costumes', amount: '0', currency: 'EUR' });

  await money.tab('Ledger').click();
  // A negative amount is refused at its field; nothing typed is lost.
  let form = await money.fillEntry({
    date: '2026-05-12',
    payee: 'Hotel Parc Buziaș',
    category: 'Accommodation',
    amount: '-5',
    currency: 'RON',
  });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Enter an amount of zero or more.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Paid to' })).toHaveValue('Hotel Parc Buziaș');
  await form.getByRole('textbox', { name: 'Amount' }).fill('5,000.00');
  // A Word file is no receipt; a PDF is.
  await money.attachReceipt(
    form,
    'factura.docx',
    'application/msword',
    Buffer.from('PK\u0003\u0004 not a pdf'),
  );
  await expect(form.getByText('A receipt must be a PDF or an image')).toBeVisible();
  await money.attachReceipt(form, 'factura-12.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%receipt\n'));
  await expect(form.getByText('factura-12.pdf')).toBeVisible();
  await money.save(form, 'ledger:save');

  form = await money.fillEntry({
    date: '2026-06-11',
    payee: 'PKP Intercity',
    category: 'Travel',
    amount: '1,234.56',
    currency: 'PLN',
    volunteer: 'Ioana Popescu',
  });
  await page.screenshot({ path: join(shots, 'entry-form.png') });
  await money.save(form, 'ledger:save');
  await expect(page.getByText('Owed back: PLN 1,234.56')).toBeVisible();
  await page.getByRole('textbox', { name: 'Search' }).fill('pkp');
  await expect(page).toHaveURL(/q=pkp/);
  await expect(page.getByRole('cell', { name: 'Hotel Parc Buziaș' })).toBeHidden();
  await page.screenshot({ path: join(shots, 'ledger.png'), fullPage: true });

  await money.tab('Budget').click();
  expect(await money.varianceRow('Travel')).toEqual([
    expect.stringContaining('Travel'),
    '€200.00',
    '€289.73',
    '+€89.73',
    '144.9%',
  ]);
  expect(await money.varianceRow('Accommodation')).toEqual([
    'Accommodation',
    '€2,009.24',
    '€1,005.03',
    '-€1,004.21',
    '50%',
  ]);
  await expect(page.getByText('1 EUR = 4.2611 PLN, 10 June 2026, ECB reference rate (daily)')).toBeVisible();
  await expect(page.locator('figure .recharts-surface').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: /Cash at the end of each month, 2026/ })).toContainText(
    'Still to come from funders',
  );
  await page.screenshot({ path: join(shots, 'budget.png'), fullPage: true });

  // The co-financing plan: a grant capped at 80 % planned above its cap, and what is left without a source.
  const plan = page.getByRole('group', { name: 'Source 1' });
  await page.getByRole('button', { name: 'Add a source' }).click();
  await plan.getByRole('textbox', { name: 'Name of the source' }).fill('CERV Town-Twinning');
  await plan.getByRole('textbox', { name: 'Expected amount' }).fill('2,000');
  await plan.getByRole('textbox', { name: /Pays at most/ }).fill('eighty');
  await page.getByRole('button', { name: 'Save the co-financing plan' }).click();
  await expect(plan.getByText('Type a percentage between 0 and 100, such as 80.')).toBeVisible();
  await plan.getByRole('textbox', { name: /Pays at most/ }).fill('80');
  const savedPlan = answered(page, 'cofinancing:save');
  await page.getByRole('button', { name: 'Save the co-financing plan' }).click();
  await savedPlan;
  const issues = page.getByRole('alert').filter({ hasText: 'The plan does not match the budget' });
  await expect(issues).toContainText('€209.24 of the cost has no source yet.');
  await expect(issues).toContainText('A source is planned at €2,000.00, above its cap of €1,767.39.');
  await issues.screenshot({ path: join(shots, 'cofinancing-issues.png') });
  await page.getByRole('group', { name: 'Source 1' }).screenshot({ path: join(shots, 'cofinancing.png') });

  const xlsx = await money.download('Workbook (XLSX)');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await xlsx.path())).buffer as ArrayBuffer);
  const overview = wb.worksheets[0]!;
  const travel = overview.getRows(2, overview.rowCount - 1)!.find((r) => r.getCell(1).value === 'Travel')!;
  expect([travel.getCell(2).value, travel.getCell(3).value]).toEqual([200, 289.73]);

  const pdf = await money.download('Budget report (PDF)');
  await pdf.saveAs(join(shots, 'report.pdf'));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(shots, 'report.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Budget report');
  expect(text).toContain('1 EUR = 4.2611 PLN');
  expect(text).toContain('Ioana Popescu');
  expect(text).toContain('Accommodation');
  expect(text).toContain('€289.73');
  expect(text).toContain('Choir costumes');
  expect(text).not.toContain('choir-costumes');

  await page.goto(`${app.url}#/`);
  await expect(page.getByRole('region', { name: 'Over budget in 2026' })).toContainText(
    'Travel: €89.73 over',
  );
  await expect(page.getByRole('region', { name: 'Owed to volunteers' })).toContainText(
    'Ioana Popescu: PLN 1,234.56',
  );
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
});
