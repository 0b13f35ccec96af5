import type { FieldIssue } from '../../ipc/errors';
import { fillPlaceholders } from './fill';
import { CLAUSE_KEYS, LABEL_KEYS, type AgreementContent } from './model';
import { placeholderValues } from './translator';

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
  });

  for (const lang of content.languages) {
    const text = content.texts[lang];
    if (!text) {
      add(['texts', lang], 'text_missing', `There is no text in ${lang}`);
      continue;
    }
    const vars = placeholderValues(content, lang);
    for (const key of LABEL_KEYS) {
      if ((text.labels[key] ?? '').trim() === '')
        add(['texts', lang, 'labels', key], 'label_empty', `Label ${key} is empty in ${lang}`);
    }
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
        add(
          ['texts', lang, 'clauses', key, 'body', name],
          'placeholder_empty',
          `Placeholder {${name}} in ${key} (${lang}) has no value`,
        );
      }
    }
  }
  return issues;
}
