import { describe, expect, it } from 'vitest';
import { estimateGrant } from '../../../../../shared/domain/funding/estimate';
import { townKey } from '../../../../../shared/domain/funding/facts';
import { activity, facts, people, person, programme } from './fundingFixtures';

const withAmounts = (id: string, amounts: unknown[]) =>
  ({ ...programme(id), amounts }) as ReturnType<typeof programme>;
const src = { source: { title: 'Call document', url: '' }, checked: '2026-01-01', note: '' };

describe('the grant estimate', () => {
  it('says the lump-sum table is not entered rather than guess, and counts the invited guests it will use', () => {
    const e = estimateGrant(
      programme('cerv-town-twinning'),
      facts({ activities: [activity({ participants: people(27) })] }),
    );
    expect(e).toMatchObject({
      total: null,
      complete: false,
      lines: [{ status: 'notEntered', figures: { count: 27 } }],
    });
  });

  it('picks the lump-sum band of the invited participants once the secretary entered it', () => {
    const p = withAmounts('cerv-town-twinning', [
      {
        ...src,
        id: 'ls',
        kind: 'lumpSumBands',
        who: 'invited',
        bands: [
          { min: 25, max: 40, amount: 111 },
          { min: 41, max: null, amount: 222 },
        ],
      },
    ]);
    expect(estimateGrant(p, facts({ activities: [activity({ participants: people(27) })] })).total).toBe(111);
    expect(estimateGrant(p, facts({ activities: [activity({ participants: people(45) })] })).total).toBe(222);
    expect(
      estimateGrant(p, facts({ activities: [activity({ participants: people(3) })] })).lines[0]!.status,
    ).toBe('noBand');
  });

  it('pays travel by the distance band of each invited town, from the gazetteer distance', () => {
    const p = withAmounts('erasmus-youth-exchanges', [
      {
        ...src,
        id: 't',
        kind: 'travelBands',
        bands: [
          { fromKm: 10, toKm: 99, amount: 7 },
          { fromKm: 100, toKm: 1999, amount: 50 },
        ],
      },
    ]);
    const a = activity({
      participants: [...people(2), person({ town: 'Landshut', country: 'DE' })],
      distances: { [townKey('FR', 'Ornans')]: 1450, [townKey('DE', 'Landshut')]: 80 },
    });
    expect(estimateGrant(p, facts({ activities: [a] }))).toMatchObject({ total: 107, complete: true });
    const unknown = activity({ participants: people(2) });
    expect(estimateGrant(p, facts({ activities: [unknown] })).lines[0]).toMatchObject({
      status: 'dataMissing',
      figures: { unknown: 2 },
    });
  });

  it('multiplies a per-day rate by participants and days, and a per-km rate by the kilometres travelled', () => {
    const p = withAmounts('ofaj-dfjw', [
      { ...src, id: 'd', kind: 'perDay', who: 'travelling', rate: 3 },
      { ...src, id: 'k', kind: 'perKm', who: 'travelling', rate: 2, roundTrip: true },
    ]);
    const a = activity({
      participants: [...people(5), ...people(4, { origin: 'local' })],
      distances: { [townKey('FR', 'Ornans')]: 100 },
    });
    const e = estimateGrant(p, facts({ activities: [a] }));
    expect(e.lines.map((l) => l.amount)).toEqual([5 * 4 * 3, 5 * 100 * 2 * 2]);
    expect(e.total).toBe(60 + 2000);
  });

  it('uses the shipped OFAJ per-km rate and says the per-day base cost is still to be entered', () => {
    const a = activity({ participants: people(10), distances: { [townKey('FR', 'Ornans')]: 1000 } });
    const e = estimateGrant(programme('ofaj-dfjw'), facts({ activities: [a] }));
    expect(e.lines.map((l) => l.status)).toEqual(['computed', 'notEntered']);
    expect(e.complete).toBe(false);
  });

  it('gives a fund’s maximum share of the planned costs and the category it falls in', () => {
    const e = estimateGrant(programme('buergerfonds'), facts({ plannedCosts: 1_000_000 }));
    expect(e.lines[0]).toMatchObject({
      status: 'computed',
      amount: 800_000,
      figures: { percent: 80, category: 'medium' },
    });
    expect(estimateGrant(programme('buergerfonds'), facts()).lines[0]!.status).toBe('dataMissing');
  });
});
