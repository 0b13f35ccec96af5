import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues } from '../../forms/validation';

/** A refusal in words: the core's reason when it gave one (a full household, a guest placed twice), else the error's kind. */
export function refusalMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.error.issues?.length) {
    const first = Object.values(translateIssues(error.error.issues, t))[0];
    if (first) return first;
  }
  return errorMessage(error, t);
}
