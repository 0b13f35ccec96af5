import type { Partnership, PartnershipStatus, StatusChange } from './partnership';
import { canTransition } from './partnershipLifecycle';

export interface HistoryProblem {
  field: 'status' | 'date';
  code: 'transition_not_allowed' | 'date_before_last_status' | 'date_after_next_status' | 'date_in_future';
}

/**
 * Whether a new status may be recorded on the given day. Past days are welcome (history is
 * often typed in long after it happened), in order: never before the change it follows, never
 * after today.
 */
export function statusChangeProblem(
  p: Pick<Partnership, 'status' | 'statusHistory'>,
  status: PartnershipStatus,
  date: string,
  today: string,
): HistoryProblem | null {
  if (!canTransition(p.status, status)) return { field: 'status', code: 'transition_not_allowed' };
  const last = p.statusHistory.at(-1);
  if (last && date < last.date) return { field: 'date', code: 'date_before_last_status' };
  if (date > today) return { field: 'date', code: 'date_in_future' };
  return null;
}

export interface Correction {
  index: number;
  date: string;
  note: string;
  by: string;
  at: string;
}

/**
 * The history with one entry corrected: its day moves (still between its neighbours, never
 * after today) or its note changes, and what it said before is kept with who changed it and
 * when. Correcting a date the link was merely typed in makes it a real date.
 */
export function correctHistory(
  history: readonly StatusChange[],
  c: Correction,
  today: string,
): StatusChange[] | HistoryProblem {
  const entry = history[c.index];
  if (!entry) return { field: 'date', code: 'date_before_last_status' };
  const before = history[c.index - 1];
  const after = history[c.index + 1];
  if (before && c.date < before.date) return { field: 'date', code: 'date_before_last_status' };
  if (after && c.date > after.date) return { field: 'date', code: 'date_after_next_status' };
  if (c.date > today) return { field: 'date', code: 'date_in_future' };
  const corrected = correctedEntry(entry, c);
  return history.map((h, i) => (i === c.index ? corrected : h));
}

/**
 * One entry given a new day or note, keeping what it said before with who changed it and when.
 * A day typed in only stays "entered" while nobody has given the real one.
 */
export function correctedEntry(entry: StatusChange, c: Omit<Correction, 'index'>): StatusChange {
  const { entered, ...rest } = entry;
  return {
    ...rest,
    date: c.date,
    note: c.note,
    ...(entered && c.date === entry.date ? { entered } : {}),
    corrections: [...(entry.corrections ?? []), { at: c.at, by: c.by, date: entry.date, note: entry.note }],
  };
}
