import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { parsePdf } from './helpers/pdf';

type Language = 'en' | 'ro' | 'fr' | 'de';
const scope = (language: Language) => ({ year: 2026, reportingCurrency: 'EUR' as const, language });

/** Every cell of every sheet, as text. */
async function workbookText(backend: Backend, language: Language): Promise<string> {
  const file = await must(backend, 'budget:exportXlsx', scope(language));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(file.bytes).buffer as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(String(cell.value));
      }),
    ),
  );
  return cells.join('\n');
}

async function csvText(backend: Backend, language: Language): Promise<string> {
  const file = await must(backend, 'budget:exportCsv', scope(language));
  return new TextDecoder().decode(file.bytes);
}

async function pdfText(backend: Backend, language: Language): Promise<string> {
  const pdf = await must(backend, 'document:render', { kind: 'budgetReport', params: scope(language) });
  return (await parsePdf(pdf.bytes)).text.join('\n').replace(/\s+/g, ' ');
}

describe("the committee's own budget categories, from the treasurer's side", () => {
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

  /** The treasurer adds "Choir costumes" and uses it on a budget line and on a payment. */
  async function choirCostumes() {
    const category = await must(backend, 'categories:save', { name: 'Choir costumes' });
    const line = await must(backend, 'budgetLines:save', {
      year: 2026,
      category: category.key,
      description: 'Costumes for the festival',
      planned: { amount: 120000, currency: 'EUR' },
    });
    const entry = await must(backend, 'ledger:save', {
      direction: 'expense',
      date: '2026-05-12',
      counterparty: 'Atelier Croitorie',
      category: category.key,
      amount: { amount: 98000, currency: 'EUR' },
    });
    return { category, line, entry };
  }

  it('prints the name she gave in the PDF report, the workbook, the CSV and the annual report, never its key', async () => {
    const { category } = await choirCostumes();
    expect(category.key).toBe('choir-costumes');
    for (const text of [
      await pdfText(backend, 'en'),
      await workbookText(backend, 'en'),
      await csvText(backend, 'de'),
    ]) {
      expect(text).toContain('Choir costumes');
      expect(text).not.toContain('choir-costumes');
    }
    const annual = await must(backend, 'document:render', {
      kind: 'annualReport',
      params: { year: 2026, languages: ['en', 'de'] },
    });
    const annualText = (await parsePdf(annual.bytes)).text.join('\n');
    expect(annualText).toContain('Choir costumes');
    expect(annualText).not.toContain('choir-costumes');
    const listed = await must(backend, 'categories:list', {});
    expect(listed.find((c) => c.key === 'choir-costumes')).toMatchObject({
      builtIn: false,
      name: 'Choir costumes',
      uses: 2,
    });
  });

  it('follows a rename into every report, keeps the lines, and names it per language where she did', async () => {
    const { category, line, entry } = await choirCostumes();
    await must(backend, 'categories:save', {
      id: category.id,
      rev: category.rev,
      key: category.key,
      name: 'Choir robes',
      names: { en: '', ro: 'Costume pentru cor', fr: '', de: '' },
    });
    const lines = await must(backend, 'budgetLines:list', { year: 2026 });
    expect(lines.find((l) => l.id === line.id)).toMatchObject({ category: 'choir-costumes', rev: line.rev });
    const ledger = await must(backend, 'ledger:list', {});
    expect(ledger.find((e) => e.id === entry.id)?.rev).toBe(entry.rev);

    const en = [
      await pdfText(backend, 'en'),
      await workbookText(backend, 'en'),
      await csvText(backend, 'en'),
    ];
    for (const text of en) {
      expect(text).toContain('Choir robes');
      expect(text).not.toContain('Choir costumes');
      expect(text).not.toContain('choir-costumes');
    }
    for (const text of [
      await pdfText(backend, 'ro'),
      await workbookText(backend, 'ro'),
      await csvText(backend, 'ro'),
    ])
      expect(text).toContain('Costume pentru cor');
  });

  it('renames a built-in heading for every language, keeps its place, and still prints the other headings translated', async () => {
    await must(backend, 'categories:save', { key: 'travel', name: 'Coach and train' });
    await must(backend, 'budgetLines:save', {
      year: 2026,
      category: 'travel',
      planned: { amount: 50000, currency: 'EUR' },
    });
    await must(backend, 'budgetLines:save', {
      year: 2026,
      category: 'meals',
      planned: { amount: 20000, currency: 'EUR' },
    });
    const ro = await pdfText(backend, 'ro');
    expect(ro).toContain('Coach and train');
    expect(ro).toContain('Masă');
    // Listed in the funders' order of the headings, not by key (meals would come before travel).
    expect(ro.indexOf('Coach and train')).toBeLessThan(ro.indexOf('Masă'));
    const listed = await must(backend, 'budgetLines:list', { year: 2026 });
    expect(listed.map((l) => l.category)).toEqual(['travel', 'meals']);
  });

  it('keeps a retired category on its old lines, offers it to no new one, and deletes only one nobody uses', async () => {
    const { category, line } = await choirCostumes();
    const retired = await must(backend, 'categories:save', {
      id: category.id,
      rev: category.rev,
      key: category.key,
      name: 'Choir costumes',
      retired: true,
    });
    expect(await pdfText(backend, 'en')).toContain('Choir costumes');
    // The old line can still be edited in its category…
    await must(backend, 'budgetLines:save', {
      id: line.id,
      rev: line.rev,
      year: 2026,
      category: category.key,
      description: 'Costumes, second fitting',
      planned: { amount: 125000, currency: 'EUR' },
    });
    // …but no new line is put in it.
    const refused = await callError(backend, 'budgetLines:save', {
      year: 2026,
      category: category.key,
      planned: { amount: 100, currency: 'EUR' },
    });
    expect(refused.issues?.[0]).toMatchObject({ path: ['category'], code: 'category_retired' });

    const inUse = await callError(backend, 'categories:remove', { id: retired.id, rev: retired.rev });
    expect(inUse.issues?.[0]?.code).toBe('category_in_use');
    const spare = await must(backend, 'categories:save', { name: 'Flowers' });
    await must(backend, 'categories:remove', { id: spare.id, rev: spare.rev });
    expect((await must(backend, 'categories:list', {})).map((c) => c.name)).not.toContain('Flowers');
  });

  it('refuses a category with no name, a name another category has, and a key nobody made', async () => {
    const empty = await callError(backend, 'categories:save', { name: '  ' });
    expect(empty.issues?.[0]).toMatchObject({ path: ['name'], code: 'category_needs_name' });
    const travel = await callError(backend, 'categories:save', { name: 'travel ' });
    expect(travel.issues?.[0]).toMatchObject({ path: ['name'], code: 'duplicate_category_name' });
    const german = await callError(backend, 'categories:save', { name: 'Reisekosten' });
    expect(german.issues?.[0]?.code).toBe('duplicate_category_name');
    const inFrench = await callError(backend, 'categories:save', {
      name: 'Choir costumes',
      names: { en: '', ro: '', fr: 'Repas', de: '' },
    });
    expect(inFrench.issues?.[0]).toMatchObject({ path: ['names', 'fr'], code: 'duplicate_category_name' });
    const unknown = await callError(backend, 'ledger:save', {
      direction: 'expense',
      date: '2026-05-12',
      category: 'choir-costumes',
      amount: { amount: 100, currency: 'EUR' },
    });
    expect(unknown.issues?.[0]).toMatchObject({ path: ['category'], code: 'unknown_category' });
  });
});
