import { ActivityKind, ActivityStatus } from '../../../shared/domain/activities/activity';
import type { ActivityFilter } from '../../../shared/ipc/channels/activities';

/** Everything the Activities screen shows is in its address, so Back, a bookmark and a reload keep it. */
export interface ActivityQuery {
  view: 'list' | 'calendar';
  /** YYYY-MM, the month the calendar shows. */
  month: string;
  filter: Omit<ActivityFilter, 'ids'>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const thisMonth = (today = new Date()): string =>
  `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;

export function readQuery(params: URLSearchParams, today = new Date()): ActivityQuery {
  const status = ActivityStatus.safeParse(params.get('status'));
  const kind = ActivityKind.safeParse(params.get('kind'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const month = params.get('month') ?? '';
  const filter: ActivityQuery['filter'] = {
    ...(status.success ? { status: status.data } : {}),
    ...(kind.success ? { kind: kind.data } : {}),
    ...(params.get('partnership') ? { partnershipId: params.get('partnership') as string } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
    ...(params.get('q') ? { text: (params.get('q') as string).slice(0, 200) } : {}),
  };
  return {
    view: params.get('view') === 'calendar' ? 'calendar' : 'list',
    month: MONTH.test(month) ? month : thisMonth(today),
    filter,
  };
}

export function writeQuery(q: ActivityQuery, today = new Date()): URLSearchParams {
  const params = new URLSearchParams();
  if (q.view === 'calendar') params.set('view', 'calendar');
  if (q.view === 'calendar' && q.month !== thisMonth(today)) params.set('month', q.month);
  const f = q.filter;
  if (f.text) params.set('q', f.text);
  if (f.status) params.set('status', f.status);
  if (f.kind) params.set('kind', f.kind);
  if (f.partnershipId) params.set('partnership', f.partnershipId);
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  return params;
}

/** The first and last day of a YYYY-MM month. */
export function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** What the core is asked for: the list's own dates, or the month the calendar shows. */
export function requestOf(q: ActivityQuery): ActivityFilter {
  if (q.view === 'list') return q.filter;
  const { from: _from, to: _to, ...rest } = q.filter;
  return { ...rest, ...monthSpan(q.month) };
}
