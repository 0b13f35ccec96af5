import { describe, expect, it } from 'vitest';
import {
  allHealthChecks,
  emptyHealth,
  HealthChecklist,
  healthSummary,
  withHealthCheck,
} from '../../../../shared/domain/partnershipHealth';

const tick = (keys: number[], evidence = 'minutes of the joint meeting') =>
  keys.reduce((list, key) => withHealthCheck(list, { key, done: true, evidence }), emptyHealth());

describe('health summary', () => {
  it('calls a link with eight evidenced keys good', () => {
    expect(healthSummary(tick([1, 2, 3, 4, 5, 6, 7, 8]))).toMatchObject({
      done: 8,
      level: 'good',
      missing: [9, 10],
    });
  });

  it('does not count a key ticked without evidence towards the level', () => {
    const summary = healthSummary(tick([1, 2, 3, 4, 5, 6, 7, 8], ' '));
    expect(summary.level).toBe('weak');
    expect(summary.withoutEvidence).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('calls five evidenced keys fair', () => {
    expect(healthSummary(tick([1, 4, 8, 9, 10])).level).toBe('fair');
  });

  it('stores only recorded keys, in key order, each at most once', () => {
    expect(HealthChecklist.safeParse(emptyHealth()).success).toBe(true);
    expect(HealthChecklist.safeParse(tick([2, 7])).success).toBe(true);
    expect(HealthChecklist.safeParse(tick([2, 7]).reverse()).success).toBe(false);
    expect(HealthChecklist.safeParse([...tick([2]), ...tick([2])]).success).toBe(false);
  });

  it('reads an unrecorded key as not done with no evidence, and drops a key cleared again', () => {
    const list = withHealthCheck(tick([3]), { key: 5, done: false, evidence: 'planned' });
    expect(list.map((c) => c.key)).toEqual([3, 5]);
    expect(allHealthChecks(list)).toHaveLength(10);
    expect(allHealthChecks(list)[0]).toEqual({ key: 1, done: false, evidence: '' });
    expect(withHealthCheck(list, { key: 3, done: false, evidence: ' ' }).map((c) => c.key)).toEqual([5]);
  });
});
