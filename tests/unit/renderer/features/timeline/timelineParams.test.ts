import { describe, expect, it } from 'vitest';
import {
  spanProblem,
  targetPath,
  viewFromParams,
  viewToParams,
} from '../../../../../renderer/features/timeline/timelineParams';

describe('the timeline’s address and year fields', () => {
  it('opens on ten years back and three ahead, by year, when the address says nothing', () => {
    expect(viewFromParams(new URLSearchParams(), 2026)).toEqual({
      zoom: 'year',
      fromYear: 2016,
      toYear: 2029,
    });
  });

  it('reads the zoom and years back from the address, and keeps the zoom when the years are wrong', () => {
    const view = { zoom: 'quarter' as const, fromYear: 2001, toYear: 2010 };
    expect(viewFromParams(new URLSearchParams(viewToParams(view)), 2026)).toEqual(view);
    expect(viewFromParams(new URLSearchParams('zoom=month&from=2030&to=2020'), 2026)).toEqual({
      zoom: 'month',
      fromYear: 2016,
      toYear: 2029,
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
