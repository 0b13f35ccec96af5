import { describe, expect, it } from 'vitest';
import { buildAgreementDoc } from '../../electron/core/pdf/builders/buildAgreementDoc';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { buziasOrnans, keighleyPoix, sampleContent } from '../../electron/core/sample/data/agreements';
import { translatorPair } from '../../shared/domain/agreement/translator';
import type { AgreementContent } from '../../shared/domain/agreement/model';
import { parsePdf } from './helpers/pdf';

const render = (content: AgreementContent, arms: [string | null, string | null] = [null, null]) =>
  renderPdf(() => buildAgreementDoc({ content, arms }, translatorPair(content)));

/** pdfjs splits lines into items: compare text with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('a printed charter, read back', () => {
  it('holds both languages, on four A4 pages numbered in both, with every font embedded', async () => {
    const pdf = await parsePdf(await render(sampleContent(buziasOrnans)));
    expect(pdf.pages).toBe(4);
    const all = squash(pdf.text.join(' '));
    expect(all).toContain(squash('Cartă de înfrățire'));
    expect(all).toContain(squash('Charte de jumelage'));
    expect(all).toContain(squash('Hotărârea nr. 112 din 26 septembrie 2024'));
    expect(all).toContain(squash('délibération n° 2024-47 du 3 octobre 2024'));
    expect(squash(pdf.text[3]!)).toContain(squash('Pagina 4 din 4 · Page 4 sur 4'));
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('prints Polish, Hungarian, Nordic, Baltic, Greek and Cyrillic letters the secretary writes', async () => {
    const content = sampleContent(keighleyPoix);
    const en = content.texts.en!;
    const written =
      'Łódź, Żywiec, Győr, Szőkeűr, Åbo, Hämeenlinna, Mänttä-Vilppula, Võru, Türi, Šiauliai, ' +
      'Žemaičių Naumiestis, Jūrmala, Ķekava, Ļaudona, Ņukši, Ģibuļi, Cēsis, Līvāni, Alūksne, ' +
      'Kėdainiai, Ežerėlis, Anykščiai, Ąžuolų, ĀČĒĢĪĶĻŅŠŪŽ, ĄČĘĖĮŠŲŪŽ, ÄÖÅÕÜ, Αθήνα, Пловдив';
    const edited: AgreementContent = {
      ...content,
      texts: {
        ...content.texts,
        en: { ...en, clauses: { ...en.clauses, finance: { ...en.clauses.finance, body: written } } },
      },
    };
    const pdf = await parsePdf(await render(edited));
    expect(squash(pdf.text.join(' '))).toContain(squash(written));
  });

  it('lays each language out in full on US Letter when asked', async () => {
    const content = {
      ...sampleContent(keighleyPoix),
      layout: 'sequential' as const,
      paper: 'LETTER' as const,
    };
    const pdf = await parsePdf(await render(content));
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    const firstFrench = pdf.text.findIndex((t) => t.includes('Charte de jumelage'));
    expect(firstFrench).toBeGreaterThan(0);
    expect(pdf.text.slice(0, firstFrench).join(' ')).not.toContain('Préambule');
  });

  it('refuses to read a file outside the fonts and the allowed folders', async () => {
    const content = sampleContent(buziasOrnans);
    await expect(render(content, ['/etc/passwd', null])).rejects.toThrow(/denied/);
  });
});
