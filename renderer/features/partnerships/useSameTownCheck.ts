import { useState } from 'react';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { ApiError, call } from '../../api/client';

export interface SameTownQuestion {
  /** The link that already has the town, to name it and offer to open it. */
  existingId: string;
  existingTitle: string;
}

/** The first link a DUPLICATE refusal names, or null when the error is another one. */
export function sameTownOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.error.code !== 'DUPLICATE') return null;
  return error.error.issues?.find((i) => i.code === 'same_partner_town')?.message ?? null;
}

/**
 * Runs a create that the core may refuse because the partner town already has a link; then
 * asks the secretary (`question`), and `confirm()` creates the same thing anyway. Other errors
 * go on up to the caller.
 */
export function useSameTownCheck<I, T>(create: (input: I, allowDuplicate: boolean) => Promise<T>) {
  const [question, setQuestion] = useState<(SameTownQuestion & { input: I }) | null>(null);
  const [busy, setBusy] = useState(false);

  async function attempt(input: I, allowDuplicate = false): Promise<T | null> {
    try {
      const created = await create(input, allowDuplicate);
      setQuestion(null);
      return created;
    } catch (error) {
      const existingId = sameTownOf(error);
      if (existingId === null) throw error;
      const existing = await call('partnership:get', { id: existingId }).catch(() => null);
      setQuestion({ existingId, existingTitle: existing ? partnershipTitle(existing) : '', input });
      return null;
    }
  }

  async function confirm(): Promise<T | null> {
    if (!question) return null;
    setBusy(true);
    try {
      return await attempt(question.input, true);
    } finally {
      setBusy(false);
    }
  }

  return { question, busy, attempt, confirm, dismiss: () => setQuestion(null) };
}
