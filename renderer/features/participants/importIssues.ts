import type { TFunction } from 'i18next';
import type { ParticipantRowIssue, SheetProblem } from '../../../shared/domain/activities/import/preview';

/** A row's reason in the UI language; a field named in it is named in words too. */
export function issueText(
  t: TFunction,
  issue: ParticipantRowIssue,
  country: (code: string) => string,
): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.country === 'string') params.country = country(params.country);
  if (typeof params.field === 'string') params.field = t(`participants:importField.${params.field}`);
  if (typeof params.origin === 'string') params.origin = t(`participants:origin.${params.origin}`);
  return t(`participants:issue.${issue.code}`, params);
}

export function problemText(t: TFunction, problem: SheetProblem): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(problem.params))
    params[k] = Array.isArray(v)
      ? k === 'columns'
        ? v.map((f) => t(`participants:importField.${f}`)).join(', ')
        : v.join(', ')
      : v;
  return t(`participants:problem.${problem.code}`, params);
}
