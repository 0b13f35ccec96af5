import { describe, expect, it } from 'vitest';
import { anniversaries, isMilestoneYear } from '../../../../shared/domain/anniversaries';
import { link } from './partnershipFixture';

const signedOn = (...dates: string[]) => dates.map((date, i) => ({ id: `s${i}`, date, place: '', note: '' }));

describe('milestone years', () => {
  it('celebrates every five years up to thirty, then every ten, and 75', () => {
    const years = Array.from({ length: 101 }, (_, y) => y).filter(isMilestoneYear);
    expect(years).toEqual([5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]);
  });
});

describe('anniversaries ahead', () => {
  it('announces the 25th anniversary of a signing next month', () => {
    const found = anniversaries([link({ signings: signedOn('2001-06-10') })], '2026-05-09', 365);
    expect(found).toEqual([
      {
        partnershipId: 'p1',
        title: 'Landshut',
        years: 25,
        signedOn: '2001-06-10',
        year: 2026,
        date: '2026-06-10',
        daysAhead: 32,
      },
    ]);
  });

  it('announces the milestone of a signing known only by its year for that year, never for 1 January', () => {
    const found = anniversaries([link({ signings: signedOn('1977') })], '2026-12-03', 365);
    expect(found).toEqual([
      {
        partnershipId: 'p1',
        title: 'Landshut',
        years: 50,
        signedOn: '1977',
        year: 2027,
        date: null,
        daysAhead: 29,
      },
    ]);
  });

  it('keeps announcing a year-only milestone through its year', () => {
    const found = anniversaries([link({ signings: signedOn('1976') })], '2026-08-20', 60);
    expect(found.map((a) => [a.years, a.year, a.date, a.daysAhead])).toEqual([[50, 2026, null, 0]]);
  });

  it('counts from the first ceremony when the towns signed separately', () => {
    const found = anniversaries(
      [link({ signings: signedOn('2001-10-03', '2001-06-10') })],
      '2026-05-09',
      365,
    );
    expect(found.map((a) => a.date)).toEqual(['2026-06-10']);
  });

  it('leaves out years that are not milestones and dates beyond the horizon', () => {
    expect(anniversaries([link({ signings: signedOn('2003-06-10') })], '2026-05-09', 365)).toEqual([]);
    expect(anniversaries([link({ signings: signedOn('2001-06-10') })], '2026-05-09', 30)).toEqual([]);
  });

  it('includes an anniversary falling today', () => {
    expect(anniversaries([link({ signings: signedOn('1976-05-09') })], '2026-05-09', 10)[0]).toMatchObject({
      years: 50,
      daysAhead: 0,
    });
  });

  it('finds a milestone early next year when the horizon crosses the new year', () => {
    const found = anniversaries([link({ signings: signedOn('2007-02-01') })], '2026-11-01', 365);
    expect(found[0]).toMatchObject({ years: 20, date: '2027-02-01' });
  });

  it('marks a 29 February signing on 28 February in common years', () => {
    const found = anniversaries([link({ signings: signedOn('1996-02-29') })], '2026-01-01', 365);
    expect(found[0]).toMatchObject({ years: 30, date: '2026-02-28' });
  });

  it('ignores ended links and links never signed', () => {
    const ended = link({ status: 'ended', signings: signedOn('2001-06-10') });
    expect(anniversaries([ended, link({ id: 'p2' })], '2026-05-09', 365)).toEqual([]);
  });

  it('lists the soonest first', () => {
    const later = link({ id: 'late', signings: signedOn('2016-12-01') });
    const sooner = link({ id: 'soon', signings: signedOn('2001-06-10') });
    expect(anniversaries([later, sooner], '2026-05-09', 365).map((a) => a.partnershipId)).toEqual([
      'soon',
      'late',
    ]);
  });
});
