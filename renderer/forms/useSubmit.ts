import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { toFieldIssues } from '../../shared/ipc/errors';
import { check, translateIssues, type FieldErrors } from './validation';

/**
 * Validates a form value with a shared schema, saves it, and turns any failure (a field
 * the core rejected, a full disk) into translated messages. Nothing typed is lost.
 * Given the form's `current` value, a field's message goes as soon as the field is right;
 * a message the core gave stays until the value changes.
 */
export function useSubmit<S extends z.ZodType>(
  schema: S,
  save: (value: z.output<S>) => Promise<void>,
  current?: unknown,
) {
  const { t } = useTranslation();
  const [shown, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState<string | null>(null);
  const errors = useMemo(
    () => stillWrong(schema, shown, current, submitted),
    [schema, shown, current, submitted],
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(value: unknown): Promise<boolean> {
    setFailure(null);
    setSubmitted(JSON.stringify(value) ?? null);
    const checked = check(schema, value, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setErrors({});
    setSaving(true);
    try {
      await save(checked.data);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.error.issues) setErrors(translateIssues(error.error.issues, t));
      setFailure(errorMessage(error, t));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { submit, errors, failure, saving };
}

/** The messages whose fields are still wrong in `current`; all of them while it is what was submitted. */
function stillWrong(
  schema: z.ZodType,
  shown: FieldErrors,
  current: unknown,
  submitted: string | null,
): FieldErrors {
  if (current === undefined || Object.keys(shown).length === 0) return shown;
  if ((JSON.stringify(current) ?? null) === submitted) return shown;
  const result = schema.safeParse(current);
  const failing = new Set(
    result.success ? [] : toFieldIssues(result.error.issues).map((i) => i.path.join('.')),
  );
  return Object.fromEntries(Object.entries(shown).filter(([key]) => failing.has(key)));
}

export function errorMessage(error: unknown, t: (key: string) => string): string {
  const code = error instanceof ApiError ? error.error.code : 'INTERNAL';
  return t(`errors:code.${code}`);
}
