import { describe, expect, it } from 'vitest';
import { emptyHealth, HealthChecklist, healthSummary } from '../../../../shared/domain/partnershipHealth';

const tick = (keys: number[], evidence = 'minutes of the joint meeting') =>
  emptyHealth().map((c) => (keys.includes(c.key) ? { ...c, done: true, evidence } : c));

describe('health summary', () => {
  it('calls a link with eight evidenced keys good', () => {
    expect(healthSummary(tick([1, 2, 3, 4, 5, 6, 7, 8]))).toMatchObject({ done: 8, level: 'good', missing: [9, 10] });
  });

  it('does not count a key ticked without evidence towards the level', () => {
    const summary = healthSummary(tick([1, 2, 3, 4, 5, 6, 7, 8], ' '));
    expect(summary.level).toBe('weak');
    expect(summary.withoutEvidence).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('calls five evidenced keys fair', () => {
    expect(healthSummary(tick([1, 4, 8, 9, 10])).level).toBe('fair');
  });

  it('requires the ten keys in order', () => {
    expect(HealthChecklist.safeParse(emptyHealth()).success).toBe(true);
    expect(HealthChecklist.safeParse(emptyHealth().reverse()).success).toBe(false);
    expect(HealthChecklist.safeParse(emptyHealth().slice(1)).success).toBe(false);
  });
});
