import type { Applicant, ApplicationDraft, ProgrammeRef } from '../../../shared/domain/funding/application';
import { exponentOf, type CurrencyCode, type Money } from '../../../shared/domain/money';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';

export const AMOUNT_KEYS = ['requested', 'awarded', 'advanced', 'paid', 'plannedCosts'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/** The form's values: dates as '' when not chosen, amounts as typed numbers in major units. */
export interface ApplicationValues {
  title: string;
  programme: ProgrammeRef | null;
  activityIds: string[];
  applicants: (Applicant & { key: string })[];
  projectStart: string;
  projectEnd: string;
  deadlineDate: string;
  deadlineTime: string;
  timeZone: string;
  internalDaysBefore: number;
  currency: string;
  amounts: Record<AmountKey, number | ''>;
  notes: string;
}

let keys = 0;
export const rowKey = () => `applicant-${++keys}`;

export function toValues(a: ApplicationView | null): ApplicationValues {
  const currency =
    a?.plannedCosts?.currency ?? Object.values(a?.amounts ?? {}).find((m) => m)?.currency ?? 'EUR';
  const major = (m: Money | null | undefined) => (m ? m.amount / 10 ** exponentOf(m.currency) : '');
  return {
    title: a?.title ?? '',
    programme: a?.programme ?? null,
    activityIds: a?.activityIds ?? [],
    applicants: (a?.applicants ?? []).map((x) => ({ ...x, key: rowKey() })),
    projectStart: a?.projectStart ?? '',
    projectEnd: a?.projectEnd ?? '',
    deadlineDate: a?.deadline?.date ?? '',
    deadlineTime: a?.deadline?.time ?? '',
    timeZone: a?.deadline?.timeZone ?? '',
    internalDaysBefore: a?.internalDaysBefore ?? 14,
    currency,
    amounts: {
      requested: major(a?.amounts.requested),
      awarded: major(a?.amounts.awarded),
      advanced: major(a?.amounts.advanced),
      paid: major(a?.amounts.paid),
      plannedCosts: major(a?.plannedCosts),
    },
    notes: a?.notes ?? '',
  };
}

/** What the form sends; a value left out is sent as typed, so the schema names the field at fault. */
export function toDraft(v: ApplicationValues, saved: ApplicationView | null): unknown {
  const money = (n: number | ''): Money | null =>
    n === ''
      ? null
      : ({
          amount: Math.round(n * 10 ** exponentOf(v.currency as CurrencyCode)),
          currency: v.currency,
        } as Money);
  return {
    ...(saved ? { id: saved.id, rev: saved.rev } : {}),
    title: v.title,
    programme: v.programme,
    activityIds: v.activityIds,
    applicants: v.applicants.map(({ key: _key, ...a }) => a),
    projectStart: v.projectStart || null,
    projectEnd: v.projectEnd || null,
    deadline: v.deadlineDate ? { date: v.deadlineDate, time: v.deadlineTime, timeZone: v.timeZone } : null,
    internalDaysBefore: v.internalDaysBefore,
    checklist: saved?.checklist ?? [],
    amounts: {
      requested: money(v.amounts.requested),
      awarded: money(v.amounts.awarded),
      advanced: money(v.amounts.advanced),
      paid: money(v.amounts.paid),
    },
    plannedCosts: money(v.amounts.plannedCosts),
    notes: v.notes,
  } satisfies
    Record<keyof ApplicationDraft, unknown> | Omit<Record<keyof ApplicationDraft, unknown>, 'id' | 'rev'>;
}
