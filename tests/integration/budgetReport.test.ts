import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { buildBudgetReportDoc } from '../../electron/core/money/buildBudgetReportDoc';
import { buildBudgetWorkbook } from '../../electron/core/money/budgetWorkbook';
import { buildLedgerCsv } from '../../electron/core/money/ledgerCsv';
import { book, entries, lines, plan, sampleReportInput } from '../../electron/core/money/sampleBudget';
import { categoryWords } from '../../electron/core/money/reportWords';
import { categoryNamer } from '../../shared/domain/budget/categoryNames';
import { checkCofinancing } from '../../shared/domain/budget/cofinancing';
import { money, type Money } from '../../shared/domain/money/money';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { parseCsv } from '../../shared/domain/csv/parseCsv';
import { parseAmount } from '../../shared/domain/money/parseAmount';
import { formatMoney } from '../../shared/domain/money/formatMoney';
import { must, openBackend, quietLog, removeDir, tempDataDir, committee } from './helpers/backend';
import { parsePdf } from './helpers/pdf';

const dir = mkdtempSync(join(tmpdir(), 'twinning-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(language: string): Promise<{ text: string; fonts: string; pages: string }> {
  const bytes = await renderPdf(() => buildBudgetReportDoc(sampleReportInput(language)));
  const file = join(dir, `report-${language}.pdf`);
  writeFileSync(file, bytes);
  return {
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    pages: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
}

/** pdftotext turns no-break spaces into spaces and splits lines: compare with spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('the budget report a treasurer signs, read back from the PDF', () => {
  it('shows planned against actual, the rates it used and the amount it could not convert, in Romanian', async () => {
    const { text, fonts } = await pdfText('ro');
    const t = fold(text);
    expect(t).toContain('Raport bugetar');
    expect(t).toContain('Comitetul de înfrățire Buziaș');
    expect(t).toMatch(/Cazare 3\.000,00 EUR 3\.212,21 EUR \+212,21 EUR 107,1 %/);
    expect(t).toMatch(/Total 8\.500,00 EUR 7\.302,45 EUR -1\.197,55 EUR 85,9 %/);
    expect(t).toContain('1 EUR = 4,981 RON');
    expect(t).toContain('InforEuro');
    expect(t).toContain('Sume neconvertite');
    expect(t).toContain('25.000,00 HUF');
    expect(t).toContain('Ioana Popescu');
    expect(t).toContain('300,00 RON');
    expect(t).toContain('Trezorier');
    // pdffonts: name, type, encoding, emb, sub, uni, object, id; the type may hold a space.
    const embedded = fonts
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/).at(-5));
    expect(embedded.length).toBeGreaterThanOrEqual(2);
    expect(embedded.every((e) => e === 'yes')).toBe(true);
  });

  it('speaks French with French numbers and typography', async () => {
    const t = fold((await pdfText('fr')).text);
    expect(t).toContain('Rapport budgétaire');
    expect(t).toContain('Monnaie de présentation : EUR');
    expect(t).toMatch(/Hébergement 3 000,00 € 3 212,21 € \+212,21 € 107,1 %/);
    expect(t).toContain('1er juillet 2026');
    expect(t).toContain('Montants non convertis');
  });

  it('prints English and German too, each page numbered', async () => {
    for (const [language, words] of [
      ['en', ['Budget report', 'Exchange rates used', 'Amounts not converted', '€3,212.21', 'Page 1 of 2']],
      [
        'de',
        [
          'Haushaltsbericht',
          'Verwendete Wechselkurse',
          'Nicht umgerechnete Beträge',
          '3.212,21 €',
          'Seite 1 von 2',
        ],
      ],
    ] as const) {
      const { text, pages } = await pdfText(language);
      for (const w of words) expect(fold(text)).toContain(w);
      expect(pages).toMatch(/Pages:\s+2/);
    }
  });
});

describe('the XLSX workbook, read back with exceljs', () => {
  it('holds real numbers with currency formats, real dates, the rates and the unconverted amount', async () => {
    const summary = sampleReportInput('de').summary;
    const bytes = await buildBudgetWorkbook({
      language: 'de',
      summary,
      lines,
      entries,
      book: book(),
      categoryName: categoryNamer([], 'de', categoryWords('de')),
      activityLabels: { youth: 'Jugendaustausch' },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Übersicht',
      'Haushalt',
      'Buchungen',
      'Kurse',
      'Nicht umgerechnet',
    ]);

    const overview = wb.getWorksheet('Übersicht')!;
    const acc = overview.getRow(2);
    expect(acc.getCell(1).value).toBe('Unterkunft');
    expect(acc.getCell(3).value).toBe(3212.21);
    expect(acc.getCell(3).numFmt).toBe('#,##0.00 "EUR"');
    expect(acc.getCell(5).value).toBeCloseTo(1.071, 10);

    const ledger = wb.getWorksheet('Buchungen')!;
    expect(ledger.rowCount).toBe(entries.length + 1);
    const head = (ledger.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 8)).toEqual([
      'Datum',
      'Art',
      'Empfänger oder Zahler',
      'Kategorie oder Quelle',
      'Aktivität',
      'Betrag',
      'Währung',
      'In EUR',
    ]);
    const hotel = ledger
      .getRows(2, entries.length)!
      .find((row) => row.getCell(3).value === 'Hotel Parc Buziaș')!;
    expect(hotel.getCell(1).value).toEqual(new Date('2026-07-10T00:00:00Z'));
    expect(hotel.getCell(6).value).toBe(16000);
    expect(hotel.getCell(6).numFmt).toBe('#,##0.00 "RON"');
    expect(hotel.getCell(8).value).toBe(3212.21);
    expect(hotel.getCell(9).value).toBe('1 EUR = 4.981 RON');
    expect(hotel.getCell(11).value).toBe('InforEuro');
    const flowers = ledger
      .getRows(2, entries.length)!
      .find((row) => row.getCell(12).value === 'Ioana Popescu')!;
    expect(flowers.getCell(13).value).toBe(300);
    const huf = ledger.getRows(2, entries.length)!.find((row) => row.getCell(7).value === 'HUF')!;
    expect(huf.getCell(8).value).toBeNull();

    const rates = wb.getWorksheet('Kurse')!;
    expect(rates.getRow(2).getCell(3).value).toBeTypeOf('number');
    const missing = wb.getWorksheet('Nicht umgerechnet')!;
    expect(missing.getRow(2).getCell(2).value).toBe(25000);
    expect(missing.getRow(2).getCell(3).value).toBe('HUF');
  });
});

describe('the ledger as CSV', () => {
  it('writes semicolons and decimal commas in German, and every amount reads back to its minor units', () => {
    const csv = buildLedgerCsv(entries, {
      language: 'de',
      reporting: 'EUR',
      book: book(),
      categoryName: categoryNamer([], 'de', categoryWords('de')),
      activityLabels: {},
    });
    const parsed = parseCsv(csv);
    expect(parsed.delimiter).toBe(';');
    const [head, ...rows] = parsed.records;
    expect(head?.fields[5]).toBe('Betrag');
    expect(rows).toHaveLength(entries.length);
    const written = rows.map(({ fields }) => {
      const back = parseAmount(fields[5] ?? '', { language: 'de', currency: fields[6] ?? '' });
      return back.ok ? `${back.value.amount} ${back.value.currency}` : back.error.code;
    });
    expect(written.sort()).toEqual(entries.map((e) => `${e.amount.amount} ${e.amount.currency}`).sort());
    const hotel = rows.find((r) => r.fields[2] === 'Hotel Parc Buziaș');
    expect(hotel?.fields.slice(5, 11)).toEqual([
      '16000,00',
      'RON',
      '3212,21',
      '4,981',
      '2026-07-01',
      'InforEuro',
    ]);
  });

  it('writes commas and decimal points in English', () => {
    const csv = buildLedgerCsv(entries, {
      language: 'en',
      reporting: 'EUR',
      book: book(),
      categoryName: categoryNamer([], 'en', categoryWords('en')),
      activityLabels: {},
    });
    expect(csv).toContain(
      'Hotel Parc Buziaș,Accommodation,youth,16000.00,RON,3212.21,4.981,2026-07-01,InforEuro,Committee',
    );
  });
});

describe('the co-financing part of the report', () => {
  it('says in words when a grant is planned above its cap and the shares do not match the cost', async () => {
    const input = sampleReportInput('ro');
    const cofinancing = checkCofinancing(plan, money(800000, 'EUR'), entries, {
      reporting: 'EUR',
      book: book(),
    });
    const bytes = await renderPdf(() => buildBudgetReportDoc({ ...input, cofinancing }));
    const file = join(dir, 'cap.pdf');
    writeFileSync(file, bytes);
    const t = fold(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(t).toContain(
      'CERV Town-Twinning 2026 (Finanțare nerambursabilă) este planificat la 6.500,00 EUR, peste plafonul de 6.400,00 EUR.',
    );
    expect(t).toContain('Cotele depășesc costul cu 500,00 EUR.');
  });
});

describe('the cash month by month in the printed report, as the treasurer gets it from the window', () => {
  let data: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    data = await tempDataDir();
    backend = await openBackend(data, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(data);
    expect(log.errors).toEqual([]);
  });

  const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
  const ron = (amount: number) => ({ amount, currency: 'RON' as const });
  const cerv = { kind: 'grant' as const, name: 'CERV Town-Twinning 2026' };

  /**
   * The town pays in March, the hotel is paid in April before the grant comes (the account is
   * 500 EUR short through May, a month with no movement), the grant and the meals come in June,
   * and a volunteer lays out 100 EUR of which 40 EUR is paid back. One rate, 5 RON to the euro.
   */
  async function seed() {
    await must(backend, 'committee:save', committee());
    await must(backend, 'rates:save', {
      from: 'EUR',
      to: 'RON',
      rate: '5',
      date: '2026-01-01',
      source: 'manual',
      note: '',
    });
    await must(backend, 'budgetLines:save', { year: 2026, category: 'accommodation', planned: eur(150000) });
    await must(backend, 'budgetLines:save', { year: 2026, category: 'meals', planned: ron(150000) });
    const entry = (e: Record<string, unknown>) =>
      must(backend, 'ledger:save', e as Parameters<typeof must<'ledger:save'>>[2]);
    await entry({
      direction: 'income',
      date: '2026-03-05',
      counterparty: 'Primăria Buziaș',
      amount: ron(500000),
      source: { kind: 'municipality', name: 'Primăria Buziaș' },
    });
    await entry({
      direction: 'expense',
      date: '2026-04-10',
      counterparty: 'Hotel Parc Buziaș',
      category: 'accommodation',
      amount: eur(150000),
    });
    await entry({
      direction: 'income',
      date: '2026-06-20',
      counterparty: 'EACEA',
      amount: eur(200000),
      source: cerv,
    });
    await entry({
      direction: 'expense',
      date: '2026-06-21',
      counterparty: 'Cantina Veche',
      category: 'meals',
      // 1,234.56 RON at 5: 246.912 EUR, rounded once to 246.91.
      amount: ron(123456),
    });
    await entry({
      direction: 'expense',
      date: '2026-06-22',
      counterparty: 'CFR Călători',
      category: 'travel',
      amount: eur(10000),
      paidBy: { kind: 'volunteer', name: 'Ioana Popescu', reimbursed: 4000 },
    });
    // The grant is planned at 3,000 EUR: 1,000 EUR of it is still to come.
    await must(backend, 'cofinancing:save', {
      year: 2026,
      activityId: null,
      shares: [{ source: cerv, planned: eur(300000) }],
    });
  }

  async function printed(language: 'en' | 'ro' | 'fr' | 'de') {
    const pdf = await must(backend, 'document:render', {
      kind: 'budgetReport',
      params: { year: 2026, reportingCurrency: 'EUR', activityId: null, language },
    });
    writeFileSync(join(dir, `cash-${language}.pdf`), pdf.bytes);
    if (process.env.CASH_PDF_DIR)
      writeFileSync(join(process.env.CASH_PDF_DIR, `cash-${language}.pdf`), pdf.bytes);
    const parsed = await parsePdf(pdf.bytes);
    return { ...parsed, text: parsed.text.map(fold) };
  }

  it('lists money in, money out and the balance of each month, below zero while the grant had not come', async () => {
    await seed();
    const { text } = await printed('en');
    const page = text.findIndex((t) => t.includes('Cash month by month'));
    expect(page).toBeGreaterThanOrEqual(0);
    const t = text[page] ?? '';
    // The heading, its table and what comes after it stay together on one page.
    expect(t).toMatch(
      new RegExp(
        [
          'Cash month by month',
          'Month Money in Money out Balance at month end',
          'March 2026 €1,000.00 €0.00 €1,000.00',
          'April 2026 €0.00 €1,500.00 -€500.00',
          'May 2026 €0.00 €0.00 -€500.00',
          'June 2026 €2,000.00 €286.91 €1,213.09',
          'Total €3,000.00 €1,786.91 €1,213.09',
          'Cash at the end of the ledger €1,213.09',
          'Owed to volunteers €60.00',
          'Still to receive from funders (advances and balances) €1,000.00',
          'Where the committee will stand once funders have paid and volunteers are paid back €2,153.09',
        ]
          .map((part) => part.replace(/[.$()]/g, '\\$&'))
          .join('.*'),
      ),
    );
    expect(t).not.toContain('Amounts left out');
  });

  it('prints exactly the figures the Budget screen shows, in Romanian, French and German words', async () => {
    await seed();
    const screen = await must(backend, 'budget:summary', {
      year: 2026,
      reportingCurrency: 'EUR',
      activityId: null,
    });
    expect(
      screen.cash.points.map((p) => [p.month, p.income.amount, p.expense.amount, p.balance.amount]),
    ).toEqual([
      ['2026-03', 100000, 0, 100000],
      ['2026-04', 0, 150000, -50000],
      ['2026-05', 0, 0, -50000],
      ['2026-06', 200000, 28691, 121309],
    ]);
    expect(screen.cash.dueFromFunders).toEqual(eur(100000));
    expect(screen.cash.projected).toEqual(eur(215309));
    const months = {
      ro: ['Martie 2026', 'Aprilie 2026', 'Mai 2026', 'Iunie 2026'],
      fr: ['Mars 2026', 'Avril 2026', 'Mai 2026', 'Juin 2026'],
      de: ['März 2026', 'April 2026', 'Mai 2026', 'Juni 2026'],
    };
    for (const language of ['ro', 'fr', 'de'] as const) {
      const all = (await printed(language)).text.join(' ');
      const m = (x: Money) => fold(formatMoney(x, language));
      screen.cash.points.forEach((p, i) =>
        expect(all).toContain(`${months[language][i]} ${m(p.income)} ${m(p.expense)} ${m(p.balance)}`),
      );
      expect(all).toContain(m(screen.cash.projected));
    }
    const ro = (await printed('ro')).text.join(' ');
    expect(ro).toContain('Numerar lună de lună');
    expect(ro).toContain('Aprilie 2026 0,00 EUR 1.500,00 EUR -500,00 EUR');
    expect(ro).toContain('De primit încă de la finanțatori (avansuri și solduri) 1.000,00 EUR');
    const de = (await printed('de')).text.join(' ');
    expect(de).toContain('Kassenstand Monat für Monat');
    expect(de).toContain('Juni 2026 2.000,00 € 286,91 € 1.213,09 €');
  });
});
