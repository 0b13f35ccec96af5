import { describe, expect, it } from 'vitest';
import { taskUrgency, urgentTasks, weekStart } from '../../../../../shared/domain/plan/task';

const task = (dueDate: string | null, status: 'open' | 'done' = 'open') => ({ dueDate, status });

describe('overdue tasks and tasks due this week', () => {
  // 2026-05-13 is a Wednesday.
  const today = '2026-05-13';

  it('counts weeks from Monday to Sunday', () => {
    expect(weekStart(today)).toBe('2026-05-11');
    expect(weekStart('2026-05-17')).toBe('2026-05-11');
    expect(weekStart('2026-05-18')).toBe('2026-05-18');
  });

  it('calls an open task due before today overdue, and one due from today to Sunday due this week', () => {
    expect(taskUrgency(task('2026-05-12'), today)).toBe('overdue');
    expect(taskUrgency(task('2026-05-13'), today)).toBe('thisWeek');
    expect(taskUrgency(task('2026-05-17'), today)).toBe('thisWeek');
    expect(taskUrgency(task('2026-05-18'), today)).toBe('later');
    expect(taskUrgency(task(null), today)).toBe('undated');
  });

  it('never calls a done task overdue', () => {
    expect(taskUrgency(task('2026-01-01', 'done'), today)).toBe('done');
  });

  it('lists the overdue and this week’s tasks soonest first', () => {
    const list = [
      task('2026-05-15'),
      task('2026-05-01'),
      task('2026-05-10'),
      task('2026-06-01'),
      task('2026-05-02', 'done'),
    ];
    const { overdue, thisWeek } = urgentTasks(list, today);
    expect(overdue.map((t) => t.dueDate)).toEqual(['2026-05-01', '2026-05-10']);
    expect(thisWeek.map((t) => t.dueDate)).toEqual(['2026-05-15']);
  });
});
