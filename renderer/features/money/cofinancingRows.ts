import type { TFunction } from 'i18next';
import type { IncomeKind } from '../../../shared/domain/budget/categories';
import type { FundingShare } from '../../../shared/domain/budget/model';
import type { CofinancingDraft } from '../../../shared/domain/budget/drafts';
import { amountText, readAmount } from './moneyText';

/** One share as the form holds it: what was typed, in the reader's separators. */
export interface ShareRow {
  key: string;
  kind: IncomeKind;
  name: string;
  /** The funding application a grant is planned on, or null. */
  applicationId: string | null;
  amount: string;
  currency: string;
  /** Percent as typed ("80"), or '' for no cap. */
  cap: string;
  advance: string;
}

let next = 0;
export const newShare = (): ShareRow => ({
  key: `share-${++next}`,
  kind: 'grant',
  name: '',
  applicationId: null,
  amount: '',
  currency: 'EUR',
  cap: '',
  advance: '',
});

const percentText = (bp: number | null, language: string) =>
  bp === null || bp === 0 ? '' : (bp / 100).toLocaleString(language);

export function shareRows(shares: readonly FundingShare[], language: string): ShareRow[] {
  return shares.map((s) => ({
    key: `share-${++next}`,
    kind: s.source.kind,
    name: s.source.name,
    applicationId: s.source.applicationId,
    amount: amountText(s.planned, language),
    currency: s.planned.currency,
    cap: percentText(s.maxShareBp, language),
    advance: percentText(s.advanceBp, language),
  }));
}

/** A percent typed with either decimal mark, as basis points; null for empty, NaN when unreadable. */
function basisPoints(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace(/\s*%$/, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value * 100) : Number.NaN;
}

export type ShareErrors = Record<string, string>;

/** The core's refusals at a share's fields (shares.1.source.applicationId), keyed as the rows' errors. */
export function shareErrorsOf(fieldErrors: Record<string, string>): ShareErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors)
      .filter(([path]) => path.startsWith('shares.'))
      .map(([path, message]) => [path.slice('shares.'.length), message]),
  );
}

/** The draft the core checks, or the translated message of each field that cannot be read. */
export function toDraft(
  t: TFunction,
  rows: readonly ShareRow[],
  scope: { year: number; activityId: string | null; id?: string; rev?: number },
  language: string,
): { ok: true; draft: CofinancingDraft } | { ok: false; errors: ShareErrors } {
  const errors: ShareErrors = {};
  const shares = rows.map((r, i) => {
    const amount = readAmount(t, r.amount, r.currency, language);
    if (!amount.ok) errors[`${i}.amount`] = amount.message;
    const cap = basisPoints(r.cap);
    const advance = basisPoints(r.advance);
    if (Number.isNaN(cap)) errors[`${i}.cap`] = t('money:cofinancing.percentInvalid');
    if (Number.isNaN(advance)) errors[`${i}.advance`] = t('money:cofinancing.percentInvalid');
    return {
      source: {
        kind: r.kind,
        name: r.name.trim(),
        applicationId: r.kind === 'grant' ? r.applicationId : null,
      },
      planned: amount.ok ? amount.value : { amount: 0, currency: 'EUR' as const },
      maxShareBp: cap,
      advanceBp: advance ?? 0,
    };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { year, activityId, id, rev } = scope;
  return { ok: true, draft: { ...(id ? { id, rev } : {}), year, activityId, shares } };
}
