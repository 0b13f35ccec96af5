import type { FieldIssue } from '../../ipc/errors';
import { libraryEntry } from './clauses';
import { foreignLanguage } from './detectLanguage';
import { fillPlaceholders, parseBody } from './fill';
import { CLAUSE_KEYS, LABEL_KEYS, type AgreementContent } from './model';
import { placeholderValues } from './translator';

/**
 * A resolution number typed with its own "nr." / "No" / "Nr." / "nro" / "n°" / "č." / "br." / "sz.":
 * the clause already says it, so it would print twice ("nr. HCL nr. 312/2027").
 */
const NUMBER_WORD = /(^|[\s(])(nro|nr|no|n°|nº|núm|num|č|br|sz|št|αριθμ|№)\.?\s*\d/iu;

export function hasNumberWord(number: string): boolean {
  return NUMBER_WORD.test(number) || /^(nro|nr|no|n°|nº|č|br|sz|№)\.?\s/i.test(number.trim());
}

/**
 * What stops a charter from printing, as field issues the UI lists and translates.
 * Drafts may hold any of these; only printing refuses them, so nothing typed is lost.
 */
export function printIssues(content: AgreementContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: (string | number)[], code: string, message: string) =>
    issues.push({ path, code, message });

  content.parties.forEach((party, p) => {
    if (party.name.trim() === '')
      add(['parties', p, 'name'], 'party_name_missing', `Party ${p + 1} has no name`);
    if (party.signatories.length === 0)
      add(['parties', p, 'signatories'], 'no_signatory', `Party ${p + 1} has no signatory`);
    party.signatories.forEach((s, i) => {
      if (s.name.trim() === '') {
        add(
          ['parties', p, 'signatories', i, 'name'],
          'signatory_name_missing',
          `Signatory ${i + 1} of party ${p + 1} has no name`,
        );
      }
    });
    if (hasNumberWord(party.resolution.number))
      add(
        ['parties', p, 'resolution', 'number'],
        'resolution_number_word',
        `The resolution number of party ${p + 1} repeats the word "number": type only the number`,
      );
  });

  for (const lang of content.languages) {
    const text = content.texts[lang];
    if (!text) {
      add(['texts', lang], 'text_missing', `There is no text in ${lang}`);
      continue;
    }
    // A whole column in a close neighbour (Czech under Slovak) shows only over its length.
    const column = CLAUSE_KEYS.map((k) => text.clauses[k]?.body ?? '').join('\n\n');
    const columnForeign = foreignLanguage(
      fillPlaceholders(column, placeholderValues(content, lang)).text,
      lang,
    );
    if (columnForeign)
      add(
        ['texts', lang, columnForeign],
        'column_wrong_language',
        `The ${lang} column is written in ${columnForeign}`,
      );
    const vars = placeholderValues(content, lang);
    const library = libraryEntry(text.basedOn ?? lang);
    for (const key of LABEL_KEYS) {
      const own = (text.labels[key] ?? '').trim();
      if (own === '' && !library?.labels[key])
        add(['texts', lang, 'labels', key], 'label_empty', `Label ${key} is empty in ${lang}`);
    }
    content.objectives.forEach((o, i) => {
      const own = o.texts[lang]?.trim() || (lang === content.languages[0] ? o.statement.trim() : '');
      if (own === '')
        add(
          ['objectives', i, 'texts', lang],
          'objective_untranslated',
          `Objective ${i + 1} has no text in ${lang}`,
        );
    });
    for (const key of CLAUSE_KEYS) {
      const clause = text.clauses[key];
      if (!clause || clause.body.trim() === '') {
        add(['texts', lang, 'clauses', key, 'body'], 'clause_empty', `Clause ${key} is empty in ${lang}`);
        continue;
      }
      const filled = fillPlaceholders(`${clause.heading}\n${clause.body}`, vars);
      for (const name of filled.unknown) {
        add(
          ['texts', lang, 'clauses', key, 'body', name],
          'placeholder_unknown',
          `Unknown placeholder {${name}} in ${key} (${lang})`,
        );
      }
      for (const name of filled.empty) {
        if (name === 'objectives' && content.objectives.length > 0) continue;
        add(
          ['texts', lang, 'clauses', key, 'body', name],
          'placeholder_empty',
          `Placeholder {${name}} in ${key} (${lang}) has no value`,
        );
      }
      const foreign = foreignIn(fillPlaceholders(clause.body, vars).text, lang);
      if (foreign)
        add(
          ['texts', lang, 'clauses', key, 'body', foreign],
          'text_wrong_language',
          `Clause ${key} in the ${lang} column is written in ${foreign}`,
        );
    }
  }
  return issues;
}

/** The first paragraph or list item of a clause that is plainly in another language. */
function foreignIn(body: string, lang: string): string | null {
  for (const block of parseBody(body)) {
    const parts = block.kind === 'paragraph' ? [block.text] : [block.items.join(' ')];
    for (const part of parts) {
      const found = foreignLanguage(part, lang);
      if (found) return found;
    }
  }
  return null;
}
