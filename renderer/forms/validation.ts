import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { toFieldIssues, type FieldIssue } from '../../shared/ipc/errors';

/** Translated messages keyed by field path ("termEnd", "coordinates.lat"). */
export type FieldErrors = Record<string, string>;

/** Codes of a broken limit: their message names the field as well as the limit. */
const LIMITS = new Set(['too_long', 'too_short', 'too_many', 'too_few', 'too_big', 'too_small']);

/**
 * The field a path ends in, in words ("partners.0.contacts.1.email": "E-mail"), when the
 * shared list of field names has it; null for the rest, whose message stays without a name.
 */
function fieldName(path: FieldIssue['path'], t: TFunction): string | null {
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (last === undefined) return null;
  const name = t(`errors:fieldName.${last}`, { defaultValue: '' });
  return name === '' ? null : name;
}

export function translateIssues(issues: readonly FieldIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (errors[key]) continue;
    const params = {
      ...issue.params,
      ...(typeof issue.params?.limit === 'number' ? { count: issue.params.limit } : {}),
    };
    // "Name: at most 200 characters. Shorten it.": the field and its limit, read also away from the field.
    const field = LIMITS.has(issue.code) ? fieldName(issue.path, t) : null;
    errors[key] = field
      ? t(`errors:named.${issue.code}`, { ...params, field })
      : t(`errors:field.${issue.code}`, { defaultValue: t('errors:field.invalid'), ...params });
  }
  return errors;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Runs the same zod schema the core uses, so both sides agree on what is valid. */
export function check<S extends z.ZodType>(schema: S, value: unknown, t: TFunction): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: translateIssues(toFieldIssues(result.error.issues), t) };
}
