import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { toFieldIssues, type FieldIssue } from '../../shared/ipc/errors';

/** Translated messages keyed by field path ("termEnd", "coordinates.lat"). */
export type FieldErrors = Record<string, string>;

export function translateIssues(issues: readonly FieldIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (errors[key]) continue;
    errors[key] = t(`errors:field.${issue.code}`, {
      defaultValue: t('errors:field.invalid'),
      ...issue.params,
      ...(typeof issue.params?.limit === 'number' ? { count: issue.params.limit } : {}),
    });
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
