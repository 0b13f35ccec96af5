import { describe, expect, it } from 'vitest';
import type { Content, ContentStack, ContentTable, DynamicContent } from 'pdfmake/interfaces';
import { buildAgreementDoc } from '../../../../electron/core/pdf/builders/buildAgreementDoc';
import { buziasOrnans, keighleyPoix, sampleContent } from '../../../../electron/core/sample/data/agreements';
import { translatorPair } from '../../../../shared/domain/agreement/translator';
import type { AgreementContent } from '../../../../shared/domain/agreement/model';

function build(content: AgreementContent, arms: [string | null, string | null] = [null, null]) {
  return buildAgreementDoc({ content, arms }, translatorPair(content));
}

/** Every printed string (the `text` of each node) in a content tree, in order. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'text' && typeof value === 'string' ? [value] : texts(value),
  );
}

const content = sampleContent(buziasOrnans);
const asArray = (c: Content | undefined): Content[] => (Array.isArray(c) ? c : []);

describe('the charter as a document definition', () => {
  it('sets each clause side by side: Romanian left, French right, heading with the first paragraph', () => {
    const doc = build(content);
    const clauses = asArray(doc.content).filter(
      (c): c is ContentTable => typeof c === 'object' && 'table' in c,
    );
    expect(clauses).toHaveLength(8);
    const financeRow = texts(clauses[5]!.table.body[0]);
    expect(financeRow.join(' ')).toMatch(
      /ARTICOLUL 4.*Dispoziții financiare.*Activitățile.*ARTICLE 4.*Dispositions financières.*Les activités/s,
    );
    expect(clauses.every((c) => c.table.dontBreakRows === true)).toBe(true);
  });

  it('keeps the signatures in one unbreakable block with the last clause', () => {
    const doc = build(content);
    const last = asArray(doc.content).at(-1) as ContentStack;
    expect(last.unbreakable).toBe(true);
    const words = texts(last).join(' ');
    expect(words).toContain('Limbi');
    expect(words).toContain('Ștefan Țurcanu');
    expect(words).toContain('Hélène Fournier');
    expect(words).toContain('Ștampila / Sceau');
  });

  it('sets both parties’ captions in one row, so that their signature lines are level', () => {
    const last = asArray(build(content).content).at(-1) as ContentStack;
    const rows = last.stack.filter(
      (c): c is Extract<Content, { columns: unknown }> => typeof c === 'object' && 'columns' in c,
    );
    const captions = rows.find((r) => texts(r).some((t) => t.startsWith('Pentru')));
    const signatories = rows.find((r) => texts(r).includes('Ștefan Țurcanu'));
    expect(captions).toBeDefined();
    expect(signatories).toBeDefined();
    expect(captions).not.toBe(signatories);
    expect(texts(captions).join(' ')).not.toContain('Ștefan Țurcanu');
  });

  it('writes one place and date per ceremony when the towns sign apart', () => {
    // Names and dates print with no-break hyphens and spaces; compare them as typed.
    const plain = (t: string) => t.replace(/\u00A0/g, ' ').replace(/\u2011/g, '-');
    const together = texts(build(content).content)
      .map(plain)
      .filter((t) => t.startsWith('Încheiată la'));
    expect(together).toEqual(['Încheiată la Buziaș, la data de 9 mai 2025.']);
    const apart = texts(build(sampleContent(keighleyPoix)).content)
      .map(plain)
      .filter((t) => t.startsWith('Done at') || t.startsWith('Fait à'));
    expect(apart).toEqual(
      [
        'Done at Keighley on ……………………',
        'Fait à Keighley, le …………………….',
        'Done at Poix-du-Nord on ……………………',
        'Fait à Poix-du-Nord, le …………………….',
      ].map((s) => (s.startsWith('Done') ? `${s}.` : s)),
    );
  });

  it('numbers the pages in both languages', () => {
    const footer = build(content).footer as DynamicContent;
    expect(texts(footer(2, 4, { width: 595, height: 842, orientation: 'portrait' }))).toEqual([
      'Pagina 2 din 4   ·   Page 2 sur 4',
    ]);
  });

  it('prints each language in full, the second from a new page, when the secretary chooses so', () => {
    const doc = build({ ...content, layout: 'sequential', paper: 'LETTER' });
    expect(doc.pageSize).toBe('LETTER');
    const breaks = asArray(doc.content).filter(
      (c) => typeof c === 'object' && 'pageBreak' in c && c.pageBreak === 'before',
    );
    expect(breaks).toHaveLength(1);
    expect(texts(breaks[0]).join(' ')).toContain('Charte de jumelage');
    expect(texts(doc.content).filter((t) => t === 'Ștefan Țurcanu')).toHaveLength(2);
  });

  it('adds the coats of arms only for the towns that have one', () => {
    expect(build(content).images).toEqual({});
    const doc = build(content, [null, '/data/images/arms-b.png']);
    expect(doc.images).toEqual({ armsB: '/data/images/arms-b.png' });
    expect(JSON.stringify(doc.content)).toContain('"image":"armsB"');
  });

  it('gives a fresh definition on every call, since pdfmake changes what it is given', () => {
    const a = build(content);
    const b = build(content);
    expect(a).not.toBe(b);
    expect(a.content).not.toBe(b.content);
    expect(JSON.stringify(a.content)).toBe(JSON.stringify(b.content));
  });

  it('prints DRAFT across a draft in both languages, beside SAMPLE when it is one', () => {
    const draft = buildAgreementDoc(
      { content, arms: [null, null], paper: { kind: 'draft', date: '2027-08-01', id: 'abcd1234' } },
      translatorPair(content),
    );
    expect(draft.watermark).toMatchObject({ text: 'PROIECT / PROJET' });
    const sample = buildAgreementDoc(
      {
        content,
        arms: [null, null],
        watermark: 'SAMPLE',
        paper: { kind: 'draft', date: '2027-08-01', id: 'x' },
      },
      translatorPair(content),
    );
    expect(sample.watermark).toMatchObject({ text: 'PROIECT / PROJET · SAMPLE' });
  });

  it('prints a signed version with its number and signing dates, and no DRAFT', () => {
    const doc = buildAgreementDoc(
      {
        content,
        arms: [null, null],
        paper: { kind: 'version', number: 2, date: '2025-05-10', id: 'ab12cd34', signed: true },
      },
      translatorPair(content),
    );
    expect(doc.watermark).toBeUndefined();
    const footer = doc.footer as DynamicContent;
    const lines = texts(footer(1, 4, { width: 595, height: 842, orientation: 'portrait' })).map((t) =>
      t.replace(/\u00A0/g, ' '),
    );
    expect(lines[1]).toBe(
      'Versiunea 2 din 10 mai 2025, semnată la 9 mai 2025 / Version 2 du 10 mai 2025, signée le 9 mai 2025 · ab12cd34',
    );
  });

  it('prints the second town’s original with that town and its language first', () => {
    const both = buildAgreementDoc(
      { content: { ...content, originals: 'both' }, arms: [null, null] },
      translatorPair(content),
    );
    const all = texts(both.content).map((t) => t.replace(/\u2011/g, '-'));
    const start = (prefix: string) => all.findIndex((t) => t.startsWith(prefix));
    // The first original: Buziaș and Romanian first; the second: Ornans and French first.
    expect(start('Orașul Buziaș')).toBeGreaterThanOrEqual(0);
    expect(start('La commune d’Ornans')).toBeGreaterThan(start('Orașul Buziaș'));
    expect(all.filter((t) => t === 'Charte de jumelage').length).toBe(2);
    expect(all.indexOf('Charte de jumelage', start('Orașul Buziaș'))).toBeLessThan(
      start('La commune d’Ornans'),
    );
  });
});
