import { describe, expect, it } from 'vitest';
import { printIssues } from '../../../../../shared/domain/agreement/printCheck';
import type { AgreementContent } from '../../../../../shared/domain/agreement/model';
import { buziasOrnans, keighleyPoix, sampleContent } from '../../../../../electron/cli/samples/agreements';

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
});
