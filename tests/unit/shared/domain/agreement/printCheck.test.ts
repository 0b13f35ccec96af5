import { describe, expect, it } from 'vitest';
import { printIssues } from '../../../../../shared/domain/agreement/printCheck';
import type { AgreementContent } from '../../../../../shared/domain/agreement/model';
import { libraryText } from '../../../../../shared/domain/agreement/clauses';
import {
  buziasOrnans,
  keighleyPoix,
  sampleContent,
} from '../../../../../electron/core/sample/data/agreements';

function withBody(content: AgreementContent, lang: string, body: string): AgreementContent {
  const text = content.texts[lang]!;
  return {
    ...content,
    texts: {
      ...content.texts,
      [lang]: { ...text, clauses: { ...text.clauses, finance: { ...text.clauses.finance, body } } },
    },
  };
}

describe('checking a charter before printing', () => {
  it('finds nothing to fix in the two samples', () => {
    expect(printIssues(sampleContent(keighleyPoix))).toEqual([]);
    expect(printIssues(sampleContent(buziasOrnans))).toEqual([]);
  });

  it('names the clause and the language when a clause is empty in one language only', () => {
    const issues = printIssues(withBody(sampleContent(buziasOrnans), 'fr', '   '));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'clause_empty', path: ['texts', 'fr', 'clauses', 'finance', 'body'] }),
    ]);
  });

  it('points at a signatory without a name', () => {
    const content = sampleContent(buziasOrnans);
    const [a, b] = content.parties;
    const unnamed = {
      ...content,
      parties: [
        a,
        { ...b, signatories: [{ ...b.signatories[0]!, name: '' }] },
      ] as AgreementContent['parties'],
    };
    const codes = printIssues(unnamed).map((i) => [i.code, i.path.join('.')]);
    expect(codes).toContainEqual(['signatory_name_missing', 'parties.1.signatories.0.name']);
  });

  it('reports a placeholder whose value is missing and one nobody knows', () => {
    const content = sampleContent(buziasOrnans);
    const [a, b] = content.parties;
    const noNumber = {
      ...content,
      parties: [
        { ...a, resolution: { number: '', date: a.resolution.date } },
        b,
      ] as AgreementContent['parties'],
    };
    const typo = withBody(noNumber, 'ro', 'Costurile se împart între {townA} și {townC}.');
    const found = printIssues(typo).map((i) => `${i.code}:${String(i.path.at(-1))}`);
    expect(found).toContain('placeholder_empty:resolutionNumberA');
    expect(found).toContain('placeholder_unknown:townC');
  });

  it('asks for a text when a chosen language has none yet', () => {
    const content = { ...sampleContent(buziasOrnans), languages: ['ro', 'pl'] as [string, string] };
    expect(printIssues(content).map((i) => i.code)).toEqual(['text_missing']);
  });

  it('refuses a resolution number typed with its own "nr.", which the clause already prints', () => {
    const c = sampleContent(buziasOrnans);
    const typed = (number: string): AgreementContent => ({
      ...c,
      parties: [{ ...c.parties[0], resolution: { ...c.parties[0].resolution, number } }, c.parties[1]],
    });
    for (const number of ['HCL nr. 312/2027', 'nr. 312', 'nro 312/2027', 'Nr. 2027/114', 'No 12', 'n° 47']) {
      expect(
        printIssues(typed(number)).map((i) => i.code),
        number,
      ).toContain('resolution_number_word');
    }
    for (const number of ['312/2027', 'HCL 312/2027', '2024-47', 'XII/45/2026']) {
      expect(
        printIssues(typed(number)).map((i) => i.code),
        number,
      ).not.toContain('resolution_number_word');
    }
  });

  it('refuses a column left in English under another language', () => {
    const c = sampleContent(buziasOrnans);
    const english =
      'The activities carried out under this charter shall be financed within the limits of the budgets approved each year by the councils of the Parties.';
    const found = printIssues(withBody(c, 'fr', english)).filter((i) => i.code === 'text_wrong_language');
    expect(found.map((i) => i.path.join('.'))).toEqual(['texts.fr.clauses.finance.body.en']);
  });

  it.each(['fi', 'et', 'lv', 'lt'])(
    'prints a %s column of its own text and refuses English in it',
    (lang) => {
      const c = sampleContent(buziasOrnans);
      const own: AgreementContent = {
        ...c,
        languages: ['ro', lang],
        texts: { ro: c.texts.ro!, [lang]: libraryText(lang as 'fi') },
        parties: c.parties.map((p) => ({
          ...p,
          signatories: p.signatories.map((s) => ({ ...s, office: { ...s.office, [lang]: 'primar' } })),
        })) as AgreementContent['parties'],
      };
      expect(printIssues(own)).toEqual([]);
      const english =
        'The activities carried out under this charter shall be financed within the limits of the budgets approved each year by the councils of the Parties.';
      const found = printIssues(withBody(own, lang, english)).filter((i) => i.code === 'text_wrong_language');
      expect(found.map((i) => i.path.join('.'))).toEqual([`texts.${lang}.clauses.finance.body.en`]);
      const allEnglish = { ...own, texts: { ...own.texts, [lang]: { ...libraryText('en'), basedOn: null } } };
      expect(printIssues(allEnglish).map((i) => i.code)).toContain('column_wrong_language');
    },
  );

  it('asks for each objective in every charter language it is not written in yet', () => {
    const c: AgreementContent = {
      ...sampleContent(buziasOrnans),
      objectives: [{ id: 'o1', statement: 'Schimburi anuale de elevi între licee', texts: {} }],
    };
    const codes = printIssues(c).map((i) => `${i.code}:${i.path.join('.')}`);
    expect(codes).toEqual(['objective_untranslated:objectives.0.texts.fr']);
    const translated = {
      ...c,
      objectives: [{ ...c.objectives[0]!, texts: { fr: 'Échanges annuels d’élèves entre lycées' } }],
    };
    expect(printIssues(translated)).toEqual([]);
  });
});
