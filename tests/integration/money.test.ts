import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir, committee } from './helpers/backend';

type RateInput = Input<'rates:save'>;
const rate = (
  from: RateInput['from'],
  to: RateInput['to'],
  value: string,
  date: string,
  source: RateInput['source'],
): RateInput => ({ from, to, rate: value, date, source, note: '' });

/** A year's budget in EUR and RON, spending in RON, PLN and HUF (which has no rate). */
async function seed(backend: Backend) {
  await must(backend, 'rates:save', rate('EUR', 'RON', '4.9770', '2026-01-01', 'inforeuro'));
  await must(backend, 'rates:save', rate('EUR', 'RON', '4.9750', '2026-05-01', 'inforeuro'));
  await must(backend, 'rates:save', rate('EUR', 'PLN', '4.2611', '2026-06-10', 'ecb'));
  const travel = await must(backend, 'budgetLines:save', {
    year: 2026,
    category: 'travel',
    description: 'Coach to Ornans',
    planned: { amount: 20000, currency: 'EUR' },
  });
  await must(backend, 'budgetLines:save', {
    year: 2026,
    category: 'accommodation',
    planned: { amount: 1000000, currency: 'RON' },
  });
  const hotel = await must(backend, 'ledger:save', {
    direction: 'expense',
    date: '2026-05-12',
    counterparty: 'Hotel Parc Buziaș',
    category: 'accommodation',
    amount: { amount: 500000, currency: 'RON' },
  });
  await must(backend, 'ledger:save', {
    direction: 'expense',
    date: '2026-06-11',
    counterparty: 'PKP Intercity',
    category: 'travel',
    amount: { amount: 123456, currency: 'PLN' },
    paidBy: { kind: 'volunteer', name: 'Ioana Popescu', reimbursed: 0 },
  });
  const huf = await must(backend, 'ledger:save', {
    direction: 'expense',
    date: '2026-07-02',
    counterparty: 'Szeged Csárda',
    category: 'meals',
    amount: { amount: 2500000, currency: 'HUF' },
  });
  return { travel, hotel, huf };
}

describe('budgets in several currencies, through the same dispatch the window uses', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('shows planned against actual in euros, naming every rate it used and the amount it could not convert', async () => {
    const { huf } = await seed(backend);
    const s = await must(backend, 'budget:summary', { year: 2026, reportingCurrency: 'EUR' });
    const category = (key: string) => s.byCategory.find((r) => r.category === key)!;
    // 10,000.00 RON planned at the January InforEuro rate; 5,000.00 RON spent at May's.
    expect(category('accommodation')).toMatchObject({
      planned: { amount: 200924, currency: 'EUR' },
      actual: { amount: 100503, currency: 'EUR' },
      usedPercent: 50,
    });
    // 1,234.56 PLN at the ECB rate of the day before: over the 200 EUR planned.
    expect(category('travel')).toMatchObject({
      planned: { amount: 20000 },
      actual: { amount: 28973 },
      variance: { amount: 8973 },
    });
    expect(s.overBudget.map((o) => `${o.level}:${o.row.category ?? o.row.key}`)).toContain('category:travel');
    expect(s.total.actual.amount).toBe(100503 + 28973);
    expect(s.ratesUsed.map((r) => `${r.from}${r.to} ${r.rate} ${r.date} ${r.source}`)).toEqual([
      'EURPLN 4.2611 2026-06-10 ecb',
      'EURRON 4.977 2026-01-01 inforeuro',
      'EURRON 4.975 2026-05-01 inforeuro',
    ]);
    // The forints are listed, never converted at 1.
    expect(s.unconverted).toHaveLength(1);
    expect(s.unconverted[0]).toMatchObject({ id: huf.id, amount: { amount: 2500000, currency: 'HUF' } });
    expect(category('meals')).toBeUndefined();
    expect(s.volunteers).toEqual([
      expect.objectContaining({ name: 'Ioana Popescu', owed: { amount: 123456, currency: 'PLN' } }),
    ]);
    // July's only spending is in forints, which have no rate: the cash position leaves it out too.
    expect(s.cash.points.map((p) => p.month)).toEqual(['2026-05', '2026-06']);
    // Left out as well: the volunteer's złoty, counted on the ledger's last day (2 July), when
    // the ECB rate of 10 June no longer applies.
    expect(s.cash.unconvertedCount).toBe(2);
  });

  it('filters the ledger by year, category, currency and any part of a name', async () => {
    await seed(backend);
    expect((await must(backend, 'ledger:list', { year: 2026 })).map((e) => e.date)).toEqual([
      '2026-07-02',
      '2026-06-11',
      '2026-05-12',
    ]);
    expect(await must(backend, 'ledger:list', { currency: 'PLN' })).toHaveLength(1);
    expect(await must(backend, 'ledger:list', { category: 'accommodation' })).toHaveLength(1);
    expect((await must(backend, 'ledger:list', { text: 'csárda' }))[0]?.counterparty).toBe('Szeged Csárda');
    expect(await must(backend, 'ledger:list', { year: 2025 })).toEqual([]);
  });

  it('refuses an edit based on an older revision with CONFLICT, and keeps the newer one', async () => {
    const { travel } = await seed(backend);
    const { updatedAt: _stamp, ...fields } = travel;
    const edited = await must(backend, 'budgetLines:save', {
      ...fields,
      planned: { amount: 30000, currency: 'EUR' },
    });
    expect(edited.rev).toBe(2);
    const stale = await callError(backend, 'budgetLines:save', {
      id: travel.id,
      rev: travel.rev,
      year: 2026,
      category: 'travel',
      planned: { amount: 1, currency: 'EUR' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect(
      (await must(backend, 'budgetLines:list', { year: 2026 })).find((l) => l.id === travel.id)?.planned,
    ).toEqual({ amount: 30000, currency: 'EUR' });
    expect((await callError(backend, 'ledger:remove', { id: travel.id, rev: 1 })).code).toBe('NOT_FOUND');
  });

  it('says at the field what is wrong: a negative amount, an unknown currency, a rate recorded twice, an unknown activity', async () => {
    const base = { direction: 'expense', date: '2026-05-01', category: 'other' };
    const negative = await callError(backend, 'ledger:save', {
      ...base,
      amount: { amount: -100, currency: 'EUR' },
    });
    expect(negative.issues).toContainEqual(
      expect.objectContaining({ path: ['amount', 'amount'], code: 'negative_not_allowed' }),
    );
    const unknown = await callError(backend, 'ledger:save', {
      ...base,
      amount: { amount: 100, currency: 'XYZ' },
    });
    expect(unknown.issues).toContainEqual(
      expect.objectContaining({ path: ['amount', 'currency'], code: 'unknown_currency' }),
    );
    await must(backend, 'rates:save', rate('EUR', 'RON', '4.9750', '2026-05-01', 'inforeuro'));
    const twice = await callError(
      backend,
      'rates:save',
      rate('EUR', 'RON', '4.98', '2026-05-01', 'inforeuro'),
    );
    expect(twice.issues).toContainEqual(expect.objectContaining({ path: ['date'], code: 'duplicate_rate' }));
    const activity = await callError(backend, 'budgetLines:save', {
      year: 2026,
      category: 'venue',
      activityId: 'no-such-activity',
      planned: { amount: 100, currency: 'EUR' },
    });
    expect(activity.issues).toContainEqual(
      expect.objectContaining({ path: ['activityId'], code: 'unknown_activity' }),
    );
    expect(await must(backend, 'ledger:list', {})).toEqual([]);
  });

  it('keeps a PDF receipt with its entry and refuses a file that is neither a PDF nor an image at the receipt field', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const refused = await callError(backend, 'ledger:addReceipt', { bytes: zip, fileName: 'factura.docx' });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([
      expect.objectContaining({ path: ['receipt'], code: 'receipt_not_pdf_or_image' }),
    ]);

    const pdf = new TextEncoder().encode('%PDF-1.4\n%receipt\n');
    const receipt = await must(backend, 'ledger:addReceipt', {
      bytes: pdf,
      fileName: 'C:\\scans\\factura 12.pdf',
    });
    expect(receipt).toMatchObject({ fileName: 'factura 12.pdf', mediaType: 'application/pdf' });
    const entry = await must(backend, 'ledger:save', {
      direction: 'expense',
      date: '2026-05-03',
      category: 'protocol',
      amount: { amount: 25000, currency: 'RON' },
      receipt,
    });
    expect(entry.receipt?.attachmentId).toBe(receipt.attachmentId);
    const back = await must(backend, 'ledger:receipt', { attachmentId: receipt.attachmentId });
    expect(Buffer.from(back.bytes).toString()).toContain('%receipt');
  });

  it('imports rates from a CSV with decimal commas, reporting the row it refused', async () => {
    const csv = 'from;to;rate;date;source\nEUR;RON;4,9750;01.05.2026;inforeuro\nEUR;XYZ;1,5;01.05.2026;ecb\n';
    const report = await must(backend, 'rates:importCsv', { text: csv });
    expect(report.counts).toEqual({ imported: 1, skipped: 0, refused: 1 });
    expect(report.rows[1]).toMatchObject({ line: 3, status: 'refused', problem: 'unknown_currency' });
    expect((await must(backend, 'rates:list', {}))[0]).toMatchObject({ rate: '4.975', date: '2026-05-01' });
  });

  it('exports a workbook whose cells read back as the amounts and rates shown', async () => {
    await seed(backend);
    const file = await must(backend, 'budget:exportXlsx', {
      year: 2026,
      reportingCurrency: 'EUR',
      language: 'en',
    });
    expect(file.fileName).toBe('budget-2026-EUR.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(file.bytes).buffer as ArrayBuffer);
    const [summary, , ledger, rates, missing] = wb.worksheets;
    const travel = summary!.getRows(2, summary!.rowCount - 1)!.find((r) => r.getCell(1).value === 'Travel')!;
    expect([travel.getCell(2).value, travel.getCell(3).value]).toEqual([200, 289.73]);
    const hotel = ledger!
      .getRows(2, ledger!.rowCount - 1)!
      .find((r) => r.getCell(3).value === 'Hotel Parc Buziaș')!;
    expect([hotel.getCell(6).value, hotel.getCell(8).value, hotel.getCell(9).value]).toEqual([
      5000,
      1005.03,
      '1 EUR = 4.975 RON',
    ]);
    expect(rates!.rowCount).toBe(4);
    expect(missing!.getRow(2).getCell(2).value).toBe(25000);

    const csv = await must(backend, 'budget:exportCsv', {
      year: 2026,
      reportingCurrency: 'EUR',
      language: 'ro',
    });
    expect(new TextDecoder().decode(csv.bytes)).toContain('5000,00;RON;1005,03');
  });

  it('prints the budget report as a document, with the rates and the unconverted amount', async () => {
    await seed(backend);
    await must(backend, 'committee:save', committee());
    const pdf = await must(backend, 'document:render', {
      kind: 'budgetReport',
      params: { year: 2026, reportingCurrency: 'EUR', language: 'ro' },
    });
    expect(pdf.fileName).toBe('budget-2026-EUR-ro.pdf');
    const file = join(dir, pdf.fileName);
    await writeFile(file, pdf.bytes);
    if (process.env.MONEY_PDF_OUT) await writeFile(process.env.MONEY_PDF_OUT, pdf.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], {
      encoding: 'utf8',
    }).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(text).toContain('Raport bugetar');
    expect(text).toContain('Comitetul de înfrățire Buziaș');
    expect(text).toContain('1 EUR = 4,975 RON');
    expect(text).toContain('25.000,00 HUF');
    expect(text).toContain('Ioana Popescu');
  });
});
