import { ApiError } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';

/** Refusals the shortlist can meet, said in words instead of "check the highlighted fields" (it has none). */
const KNOWN = ['already_shortlisted', 'already_created'] as const;

export function failureText(error: unknown, t: (key: string) => string): string {
  const code =
    error instanceof ApiError
      ? error.error.issues?.find((i) => (KNOWN as readonly string[]).includes(i.code))?.code
      : undefined;
  return code ? t(`discovery:failure.${code}`) : errorMessage(error, t);
}
