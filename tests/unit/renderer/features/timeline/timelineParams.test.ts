import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_YEARS } from '../../../../../shared/domain/timeline/timeline';
import {
  defaultSpan,
  spanProblem,
  targetPath,
  viewFromParams,
  viewToParams,
} from '../../../../../renderer/features/timeline/timelineParams';

describe('the timeline’s address and year fields', () => {
  it('asks for last year and three ahead, by year, until it knows what is dated, when the address says nothing', () => {
    expect(viewFromParams(new URLSearchParams(), 2026)).toEqual({
      zoom: 'year',
      fromYear: 2025,
      toYear: 2029,
      asked: false,
    });
  });

  it('opens at the first year anything is dated, with no empty years before it and nothing dated left out', () => {
    // The sample link, signed in 2025, with its plan to 2028.
    expect(defaultSpan({ earliestYear: 2025, latestYear: 2028 }, 2026)).toEqual({
      fromYear: 2025,
      toYear: 2029,
    });
    // A long history starts at its charter; a plan further ahead than three years ends there.
    expect(defaultSpan({ earliestYear: 1986, latestYear: 2033 }, 2026)).toEqual({
      fromYear: 1986,
      toYear: 2033,
    });
    // Only plans for later years: the timeline starts with them, not with empty years before.
    expect(defaultSpan({ earliestYear: 2028, latestYear: 2030 }, 2026)).toEqual({
      fromYear: 2028,
      toYear: 2030,
    });
    // Nothing dated yet: last year and three ahead.
    expect(defaultSpan({ earliestYear: null, latestYear: null }, 2026)).toEqual({
      fromYear: 2025,
      toYear: 2029,
    });
    // A history longer than a timeline shows keeps its most recent years.
    expect(defaultSpan({ earliestYear: 1900, latestYear: 2026 }, 2026)).toEqual({
      fromYear: 2029 - MAX_TIMELINE_YEARS + 1,
      toYear: 2029,
    });
  });

  it('reads the zoom and years back from the address, and keeps the zoom when the years are wrong', () => {
    const view = { zoom: 'quarter' as const, fromYear: 2001, toYear: 2010 };
    expect(viewFromParams(new URLSearchParams(viewToParams(view)), 2026)).toEqual({ ...view, asked: true });
    expect(viewFromParams(new URLSearchParams('zoom=month&from=2030&to=2020'), 2026)).toEqual({
      zoom: 'month',
      fromYear: 2025,
      toYear: 2029,
      asked: false,
    });
    expect(viewFromParams(new URLSearchParams('zoom=decade'), 2026).zoom).toBe('year');
  });

  it('names the field at fault: an empty or impossible year, a last year before the first, too long a span', () => {
    expect(spanProblem(null, 2020)).toEqual({ field: 'from', code: 'year_range' });
    expect(spanProblem(2020, 20)).toEqual({ field: 'to', code: 'year_range' });
    expect(spanProblem(2020, 2019)).toEqual({ field: 'to', code: 'years_out_of_order' });
    expect(spanProblem(1920, 2000)).toEqual({ field: 'to', code: 'span_too_long' });
    expect(spanProblem(2020, 2020).code).toBeNull();
  });

  it('leads each item to its partnership, plan, activity or application', () => {
    expect(targetPath({ to: 'plan', id: 'p1' })).toBe('/partnerships/p1?tab=plan');
    expect(targetPath({ to: 'activity', id: 'a1' })).toBe('/activities/a1');
    expect(targetPath({ to: 'application', id: 'g1' })).toBe('/funding/applications/g1');
    expect(targetPath({ to: 'partnership', id: 'p1' })).toBe('/partnerships/p1');
  });
});
