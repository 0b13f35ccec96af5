import { describe, expect, it } from 'vitest';
import { CLAUSE_LIBRARY } from '../../../../../shared/domain/agreement/clauses';
import { foreignLanguage } from '../../../../../shared/domain/agreement/detectLanguage';
import { parseBody } from '../../../../../shared/domain/agreement/fill';
import { LIBRARY_LANGUAGES } from '../../../../../shared/domain/agreement/model';

const paragraphs = (lang: (typeof LIBRARY_LANGUAGES)[number]) =>
  Object.values(CLAUSE_LIBRARY[lang].clauses).flatMap((c) =>
    parseBody(c.body).map((b) => (b.kind === 'paragraph' ? b.text : b.items.join(' '))),
  );

const longEnglish = paragraphs('en').find((p) => p.length > 150) ?? '';
const whole = (lang: (typeof LIBRARY_LANGUAGES)[number]) => paragraphs(lang).join(' ');

describe('telling whether a passage is in its column’s language', () => {
  it.each(LIBRARY_LANGUAGES)('accepts every paragraph of the %s library in its own column', (lang) => {
    for (const p of paragraphs(lang)) expect(foreignLanguage(p, lang), p).toBeNull();
  });

  it.each(LIBRARY_LANGUAGES.filter((l) => l !== 'en'))(
    'finds the English text left in a %s column',
    (lang) => {
      const found = paragraphs('en').filter((p) => foreignLanguage(p, lang) !== null);
      expect(found.length).toBeGreaterThanOrEqual(paragraphs('en').length * 0.7);
    },
  );

  it('tells Czech from Slovak, Swedish from Danish, Finnish from Estonian and Latvian from Lithuanian over a whole column', () => {
    expect(foreignLanguage(whole('cs'), 'sk')).toBe('cs');
    expect(foreignLanguage(whole('sk'), 'cs')).toBe('sk');
    expect(foreignLanguage(whole('sv'), 'da')).toBe('sv');
    expect(foreignLanguage(whole('da'), 'sv')).toBe('da');
    expect(foreignLanguage(whole('no'), 'da')).toBe('no');
    expect(foreignLanguage(whole('da'), 'no')).toBe('da');
    expect(foreignLanguage(whole('hr'), 'sl')).toBe('hr');
    expect(foreignLanguage(whole('fi'), 'et')).toBe('fi');
    expect(foreignLanguage(whole('et'), 'fi')).toBe('et');
    expect(foreignLanguage(whole('lv'), 'lt')).toBe('lv');
    expect(foreignLanguage(whole('lt'), 'lv')).toBe('lt');
  });

  it('finds Romanian objectives in the German column', () => {
    expect(
      foreignLanguage(
        'Schimburi anuale de elevi între liceele din Sibiu și Landshut, cu cel puțin două clase pe an',
        'de',
      ),
    ).toBe('ro');
  });

  it('refuses Latin letters in the Bulgarian and Greek columns, but not a town name in them', () => {
    expect(foreignLanguage(longEnglish, 'bg')).toBe('latin');
    expect(
      foreignLanguage('Град Cluj-Napoca (Cluj, Румъния), представляван от Emil Boc, кмет', 'bg'),
    ).toBeNull();
    expect(
      foreignLanguage('Ο Δήμος Sibiu (Sibiu, Ρουμανία), με εκπρόσωπο: Astrid Fodor, Δήμαρχος', 'el'),
    ).toBeNull();
  });

  it('lets a language without a profile be, unless it is plainly another one', () => {
    expect(
      foreignLanguage(
        'Ovaj sporazum stupa na snagu danom potpisivanja od strane obiju strana i sklapa se na neodređeno vrijeme',
        'sr',
      ),
    ).toBeNull();
    expect(
      foreignLanguage(
        'Tá an cairt seo i bhfeidhm ón lá a shíníonn an dá Pháirtí í, agus níl aon teorainn ama léi',
        'ga',
      ),
    ).toBeNull();
    expect(foreignLanguage(longEnglish, 'ga')).toBe('en');
  });
});
