import { MAX_TIMELINE_YEARS } from '../../../shared/domain/timeline/timeline';
import { ZOOMS, type Zoom } from '../../../shared/domain/timeline/zoom';

export interface TimelineView {
  zoom: Zoom;
  fromYear: number;
  toYear: number;
}

/** What the address asks for before any data is known: last year and the plan's three ahead. */
export const defaultView = (thisYear: number): TimelineView => ({
  zoom: 'year',
  fromYear: thisYear - 1,
  toYear: thisYear + 3,
});

/**
 * The years the timeline opens on when the address names none: from the first year anything is
 * dated to the last (and never before the plan's three years ahead), so no empty years lead in
 * and nothing dated is left outside; last year to three ahead when nothing is dated yet. It is
 * also "the whole history", capped at the longest span one timeline shows.
 */
export function defaultSpan(
  dated: { earliestYear: number | null; latestYear: number | null },
  thisYear: number,
): { fromYear: number; toYear: number } {
  if (dated.earliestYear === null) {
    const { fromYear, toYear } = defaultView(thisYear);
    return { fromYear, toYear };
  }
  const toYear = Math.max(dated.latestYear ?? thisYear, thisYear + 3);
  return { fromYear: Math.max(dated.earliestYear, toYear - MAX_TIMELINE_YEARS + 1), toYear };
}

export type SpanProblem = 'year_range' | 'years_out_of_order' | 'span_too_long' | null;

/** What is wrong with a typed span, if anything; the message goes under the field at fault. */
export function spanProblem(
  fromYear: number | null,
  toYear: number | null,
): { field: 'from' | 'to'; code: SpanProblem } {
  const bad = (y: number | null) => y === null || !Number.isInteger(y) || y < 1900 || y > 2200;
  if (bad(fromYear)) return { field: 'from', code: 'year_range' };
  if (bad(toYear)) return { field: 'to', code: 'year_range' };
  if (toYear! < fromYear!) return { field: 'to', code: 'years_out_of_order' };
  if (toYear! - fromYear! >= MAX_TIMELINE_YEARS) return { field: 'to', code: 'span_too_long' };
  return { field: 'to', code: null };
}

/**
 * The view the address asks for (?zoom=quarter&from=2016&to=2029); `asked` false where it names
 * no valid span, and the screen then opens on `defaultSpan` once it knows what is dated.
 */
export function viewFromParams(params: URLSearchParams, thisYear: number): TimelineView & { asked: boolean } {
  const fallback = defaultView(thisYear);
  const zoom = ZOOMS.find((z) => z === params.get('zoom')) ?? fallback.zoom;
  const year = (key: string) => {
    const raw = params.get(key);
    return raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null;
  };
  const fromYear = year('from');
  const toYear = year('to');
  if (spanProblem(fromYear, toYear).code !== null) return { ...fallback, zoom, asked: false };
  return { zoom, fromYear: fromYear!, toYear: toYear!, asked: true };
}

export const viewToParams = (v: TimelineView): Record<string, string> => ({
  zoom: v.zoom,
  from: String(v.fromYear),
  to: String(v.toYear),
});

/** Where a click on an item leads. */
export function targetPath(target: {
  to: 'partnership' | 'plan' | 'activity' | 'application';
  id: string;
}): string {
  switch (target.to) {
    case 'partnership':
      return `/partnerships/${target.id}`;
    case 'plan':
      return `/partnerships/${target.id}?tab=plan`;
    case 'activity':
      return `/activities/${target.id}`;
    case 'application':
      return `/funding/applications/${target.id}`;
  }
}
