import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { AgreementContent } from '../../../shared/domain/agreement/model';
import type { CheckMessage } from './checkMessages';

export interface DraftProblems {
  /** One sentence per invalid field, each pointing to where it is fixed. */
  messages: CheckMessage[];
  /** Short messages under the fields themselves, keyed by path ("texts.de.clauses.preamble.body"). */
  fields: Record<string, string>;
}

export const NO_PROBLEMS: DraftProblems = { messages: [], fields: {} };

/**
 * Checks the draft with the schema the core saves it with, so a draft the core would refuse
 * is never sent (by autosave or by the button) and the secretary is told which field to fix.
 */
export function draftProblems(
  draft: AgreementContent,
  t: TFunction,
  language: (code: string) => string,
  locale: string,
): DraftProblems {
  const result = AgreementContent.safeParse(draft);
  if (result.success) return NO_PROBLEMS;
  const number = new Intl.NumberFormat(locale);
  const party = (i: unknown) => {
    const index = typeof i === 'number' ? i : 0;
    return draft.parties[index]?.name.trim() || t('agreements:party', { n: index + 1 });
  };
  const messages: CheckMessage[] = [];
  const fields: Record<string, string> = {};
  result.error.issues.forEach((issue: z.core.$ZodIssue, i) => {
    const path = issue.path.map(String);
    const [root, a, b, c, d] = path;
    const key = path.join('.');
    const max = issue.code === 'too_big' ? number.format(Number(issue.maximum)) : null;
    let where: string;
    let tab: CheckMessage['tab'] = 'setup';
    let clause: string | undefined;
    if (root === 'texts' && b === 'clauses' && c) {
      where = t(`agreements:invalid.where.${d === 'heading' ? 'heading' : 'body'}`, {
        clause: t(`agreements:clauses.${c}`),
        language: language(a ?? ''),
      });
      tab = 'clauses';
      clause = c;
    } else if (root === 'texts' && b === 'labels') {
      where = t('agreements:invalid.where.label', {
        label: t(`agreements:labels.${c ?? ''}`),
        language: language(a ?? ''),
      });
      tab = 'clauses';
      clause = 'labels';
    } else if (root === 'parties') {
      where = t('agreements:invalid.where.party', { party: party(Number(a)) });
      tab = 'parties';
    } else if (root === 'signing') {
      where = t('agreements:invalid.where.signing');
    } else {
      where = t('agreements:invalid.where.setup');
    }
    const text = max
      ? t('agreements:invalid.tooLong', { where, max })
      : t('agreements:invalid.other', { where });
    messages.push({ id: `invalid-${key}-${i}`, text, tab, ...(clause ? { clause } : {}) });
    fields[key] ??= max ? t('agreements:invalid.field', { max }) : t('errors:field.invalid');
  });
  return { messages, fields };
}
