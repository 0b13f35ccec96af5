import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { check, translateIssues, type FieldErrors } from './validation';

/**
 * Validates a form value with a shared schema, saves it, and turns any failure (a field
 * the core rejected, a full disk) into translated messages. Nothing typed is lost.
 */
export function useSubmit<S extends z.ZodType>(schema: S, save: (value: z.output<S>) => Promise<void>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(value: unknown): Promise<boolean> {
    setFailure(null);
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

export function errorMessage(error: unknown, t: (key: string) => string): string {
  const code = error instanceof ApiError ? error.error.code : 'INTERNAL';
  return t(`errors:code.${code}`);
}
