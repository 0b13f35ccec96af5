import { describe, expect, it } from 'vitest';
import { sampleAnnualReportInput } from '../../../../electron/core/documents/sampleAnnualReport';
import { buildAnnualReportDoc } from '../../../../electron/core/pdf/builders/annual/buildAnnualReportDoc';
import { ANNUAL_LANGUAGES, annualWords } from '../../../../shared/domain/annualReport/words';
import type { AnnualWords } from '../../../../shared/domain/annualReport/words';

/** Every text in a pdfmake definition, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'ul', 'ol', 'table', 'body'].flatMap((k) =>
      k in n ? texts(n[k]) : [],
    );
  }
  return [];
}

const strings = (w: AnnualWords): [string, string][] =>
  Object.entries(w).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[k, v] as [string, string]]
      : Object.entries(v as Record<string, string>).map(([kk, vv]) => [`${k}.${kk}`, vv] as [string, string]),
  );
const markers = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the annual report as a document definition', () => {
  it('opens with the committee and its town, and puts the year at a glance', () => {
    const doc = buildAnnualReportDoc(sampleAnnualReportInput(['en']));
    const all = texts(doc.content);
    expect(all.slice(0, 3)).toEqual([
      'Comitetul de înfrățire Buziaș',
      'Buziaș, Romania',
      'Annual report 2026',
    ]);
    expect(all).toContain('Romania 14 · France 9 · Poland 3');
    expect(all).toContain('78% of 23');
    expect(all).toContain('2 of 3');
    expect(all).toContain('Actions done: 2 of 3');
  });

  it('prints the finance section with the total, the rates used and what could not be converted', () => {
    const all = texts(buildAnnualReportDoc(sampleAnnualReportInput(['en'])).content);
    expect(all).toContain('Finance');
    expect(all).toContain('€8,500.00');
    expect(all).toContain('€7,302.45');
    expect(all).toContain('1 EUR = 4.981 RON');
    expect(all).toContain('Amounts not converted');
  });

  it('says so when no budget was kept for the year', () => {
    const input = { ...sampleAnnualReportInput(['de']), finance: null };
    expect(texts(buildAnnualReportDoc(input).content)).toContain(
      'Für 2026 wurden weder Haushalt noch Buchungen erfasst.',
    );
  });

  it('in two languages gives the whole report once in each, the second on a new page', () => {
    const doc = buildAnnualReportDoc(sampleAnnualReportInput(['ro', 'fr']));
    const content = doc.content as { pageBreak?: string }[];
    const second = content.at(-1)!;
    expect(second.pageBreak).toBe('before');
    const all = texts(content);
    expect(all).toContain('Raport anual 2026');
    expect(texts(second)).toContain('Rapport annuel 2026');
    expect(texts(second)).not.toContain('Raport anual 2026');
    expect(doc.info?.title).toBe('Raport anual 2026 / Rapport annuel 2026: Comitetul de înfrățire Buziaș');
    const footer = doc.footer as (page: number, pages: number) => { text: string };
    expect(footer(2, 6).text).toBe('Pagina 2 din 6 / Page 2 sur 6');
  });

  it('has every word in every language, with the same markers as English', () => {
    const en = new Map(strings(annualWords('en')));
    for (const lang of ANNUAL_LANGUAGES) {
      const words = strings(annualWords(lang));
      expect(words.map(([k]) => k).sort(), lang).toEqual([...en.keys()].sort());
      for (const [k, v] of words) {
        expect(v.trim(), `${lang} ${k}`).not.toBe('');
        expect(markers(v), `${lang} ${k}`).toEqual(markers(en.get(k) ?? ''));
      }
    }
    for (const [k, v] of strings(annualWords('fr'))) expect(v, k).not.toMatch(/[^\u00a0][:;!?](\s|$)/);
    for (const [k, v] of strings(annualWords('ro'))) expect(v, k).not.toMatch(/[şţŞŢ]/);
  });
});
