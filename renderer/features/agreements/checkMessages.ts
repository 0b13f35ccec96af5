import type { TFunction } from 'i18next';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import type { FieldIssue } from '../../../shared/ipc/errors';

/** Placeholders filled from a party's fields, e.g. {officeA}: the fix is on the Parties tab. */
const PARTY_FIELD = /^(signatory|office|resolutionNumber|resolutionDate|region|town)([AB])$/;

/** Where the secretary fixes an issue: the editor tab, and the clause to open there. */
export interface CheckMessage {
  id: string;
  text: string;
  tab: 'setup' | 'parties' | 'clauses';
  clause?: string;
}

/**
 * The print check's issues (shared/domain/agreement/printCheck.ts, plus the core's
 * image_missing) as sentences in the UI language, naming parties, clauses and languages.
 */
export function checkMessages(
  issues: readonly FieldIssue[],
  content: AgreementContent,
  t: TFunction,
  languageName: (code: string) => string,
): CheckMessage[] {
  const party = (i: unknown) => {
    const index = typeof i === 'number' ? i : 0;
    const name = content.parties[index]?.name.trim();
    return name ? name : t('agreements:party', { n: index + 1 });
  };
  return issues.map((issue, i) => {
    const [root, a, b, c, , e] = issue.path;
    const id = `${issue.code}-${issue.path.join('.')}-${i}`;
    if (root === 'parties') {
      const vars = { party: party(a), n: typeof c === 'number' ? c + 1 : 1 };
      const text = t(`agreements:check.${issue.code}`, { ...vars, defaultValue: t('agreements:check.unknown') });
      return { id, text, tab: 'parties' };
    }
    const language = typeof a === 'string' ? languageName(a) : '';
    if (b === 'labels') {
      const label = t(`agreements:labels.${String(c)}`);
      return { id, text: t('agreements:check.label_empty', { language, label }), tab: 'clauses', clause: 'labels' };
    }
    if (b === 'clauses') {
      const clause = t(`agreements:clauses.${String(c)}`);
      const placeholder = `{${String(e ?? '')}}`;
      const field = PARTY_FIELD.exec(String(e ?? ''));
      if (issue.code === 'placeholder_empty' && field?.[1] && field[2]) {
        const what = t(`agreements:check.fields.${field[1]}`, { party: party(field[2] === 'A' ? 0 : 1), language });
        return { id, text: t('agreements:check.placeholder_empty_field', { language, clause, placeholder, what }), tab: 'parties' };
      }
      const text = t(`agreements:check.${issue.code}`, { language, clause, placeholder, defaultValue: t('agreements:check.unknown') });
      return { id, text, tab: 'clauses', clause: String(c) };
    }
    return { id, text: t(`agreements:check.${issue.code}`, { language, defaultValue: t('agreements:check.unknown') }), tab: 'setup' };
  });
}
