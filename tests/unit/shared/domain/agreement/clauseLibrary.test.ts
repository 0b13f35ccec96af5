import { describe, expect, it } from 'vitest';
import { CLAUSE_LIBRARY, libraryText } from '../../../../../shared/domain/agreement/clauses';
import { CLAUSE_KEYS, LABEL_KEYS, LIBRARY_LANGUAGES } from '../../../../../shared/domain/agreement/model';
import { placeholderValues } from '../../../../../shared/domain/agreement/translator';
import { fillPlaceholders } from '../../../../../shared/domain/agreement/fill';
import { sampleContent, buziasOrnans } from '../../../../../electron/cli/samples/agreements';

describe('the clause library', () => {
  it.each(LIBRARY_LANGUAGES)('has every clause and label in %s, none empty', (lang) => {
    const entry = CLAUSE_LIBRARY[lang];
    for (const key of CLAUSE_KEYS) {
      expect(entry.clauses[key].heading.trim(), `${lang} ${key}`).not.toBe('');
      expect(entry.clauses[key].body.trim(), `${lang} ${key}`).not.toBe('');
    }
    for (const key of LABEL_KEYS) expect(entry.labels[key].trim(), `${lang} ${key}`).not.toBe('');
  });

  it('writes Romanian with s and t comma below, never the cedilla forms', () => {
    const all = JSON.stringify(CLAUSE_LIBRARY.ro);
    expect(all).not.toMatch(/[şţŞŢ]/);
    expect(all).toMatch(/ș/);
    expect(all).toMatch(/ț/);
  });

  it('uses only placeholders the printer knows, in every language', () => {
    const content = sampleContent(buziasOrnans);
    const vars = placeholderValues(content, 'en');
    for (const lang of LIBRARY_LANGUAGES) {
      const text = libraryText(lang, ['one objective']);
      for (const key of CLAUSE_KEYS) {
        expect(fillPlaceholders(text.clauses[key].body, vars).unknown, `${lang} ${key}`).toEqual([]);
      }
    }
  });

  it('writes the partnership objectives into the objectives clause as list items', () => {
    const text = libraryText('fr', ['Échanger entre écoles', '  ', 'Planter un verger commun']);
    expect(text.clauses.objectives.body).toContain('- Échanger entre écoles\n- Planter un verger commun');
    expect(text.clauses.objectives.body).not.toContain('{objectives}');
  });

  it('falls back to the library objectives when the partnership has none', () => {
    const text = libraryText('de', []);
    expect(text.clauses.objectives.body).toContain('- die Freundschaft');
  });

  it('puts a narrow no-break space before French colons and inside guillemets', () => {
    const body = CLAUSE_LIBRARY.fr.clauses.parties.body + CLAUSE_LIBRARY.fr.clauses.areas.body;
    expect(body).toContain('«\u202Fles Parties\u202F»');
    expect(body).not.toMatch(/ [:;»]/);
  });
});
