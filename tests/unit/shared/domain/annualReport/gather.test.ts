import { describe, expect, it } from 'vitest';
import { sampleAnnualSources } from '../../../../../electron/core/documents/sampleAnnualReport';
import { gatherAnnualReport } from '../../../../../shared/domain/annualReport/gather';

const report = (year = 2026, today = '2026-12-06', src = sampleAnnualSources()) =>
  gatherAnnualReport(src, year, today);

describe('what the annual report gathers for a year', () => {
  it('lists each link active in the year, by name, with what was planned and what was done', () => {
    const r = report();
    expect(r.partnerships.map((p) => p.title)).toEqual(['Landshut', 'Ornans']);
    const ornans = r.partnerships[1]!;
    expect(ornans.plan.actions.map((a) => [a.title, a.owner, a.status])).toEqual([
      ['Youth exchange in Buziaș', 'Ana Pop', 'done'],
      ['Choir visit', 'Ion Marin', 'postponed'],
      ['Exhibition at the town hall', 'Maria Dinu', 'done'],
    ]);
    expect(ornans.plan.done).toBe(2);
    expect(ornans.plan.review?.meetingDate).toBe('2026-11-28');
    expect(r.partnerships[0]!.plan.started).toBe(false);
  });

  it('counts participants per country and the youth share of the activities held, each activity once', () => {
    const src = sampleAnnualSources();
    // The youth exchange also joins the Landshut link: a network event is counted once in the totals.
    src.activities[0]!.partnershipIds.push('landshut');
    const r = report(2026, '2026-12-06', src);
    const youth = r.partnerships[1]!.activities[0]!;
    expect(youth.held).toBe(true);
    expect(youth.counts.total).toBe(26);
    expect(youth.counts.byCountry).toEqual([
      { country: 'RO', count: 14 },
      { country: 'FR', count: 9 },
      { country: 'PL', count: 3 },
    ]);
    // 11 Romanians and 7 French under 30 of the 23 whose age is known.
    expect(youth.counts.youth.under30).toBe(18);
    expect(youth.counts.youth.ageKnown).toBe(23);
    expect(r.partnerships[0]!.activities.map((a) => a.id)).toEqual(['youth', 'conference']);
    expect(r.totals).toMatchObject({
      partnerships: 2,
      activitiesHeld: 1,
      activitiesPlanned: 1,
      participants: 26,
      actionsPlanned: 3,
      actionsDone: 2,
    });
    expect(r.totals.youth.share).toBeCloseTo(18 / 23, 10);
  });

  it('names the themes the activities served, with how, leaving cancelled ones out', () => {
    const src = sampleAnnualSources();
    src.activities[1]!.themes = [{ theme: 'culture', how: 'A concert that did not happen.' }];
    const ornans = report(2026, '2026-12-06', src).partnerships[1]!;
    expect(ornans.themes.map((t) => t.theme)).toEqual(['youth', 'climate']);
    expect(ornans.themes[0]!.by[0]!.how).toMatch(/river exhibition/);
  });

  it('reads the health of the link with the keys its records show', () => {
    const ornans = report().partnerships[1]!;
    // Five ticked, and key 7 shown by the climate theme; key 3 ticked without evidence.
    expect(ornans.health.done).toBe(6);
    expect(ornans.health.withoutEvidence).toEqual([3]);
    expect(ornans.health.level).toBe('fair');
  });

  it('keeps a link being negotiated in the year, and leaves out a mere prospect and links begun later', () => {
    const r = report(2025, '2026-12-06');
    expect(r.partnerships.map((p) => p.title)).toEqual(['Landshut', 'Ornans']);
    expect(r.partnerships[0]!.status).toBe('negotiating');
    const src = sampleAnnualSources();
    src.partnerships[1]!.statusHistory[0]!.status = 'prospect';
    expect(report(2025, '2026-12-06', src).partnerships.map((p) => p.title)).toEqual(['Ornans']);
    const earlier = report(2016, '2026-12-06');
    expect(earlier.partnerships).toEqual([]);
    expect(earlier.totals.participants).toBe(0);
  });
});
