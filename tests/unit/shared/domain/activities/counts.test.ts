import { describe, expect, it } from 'vitest';
import { countParticipants } from '../../../../../shared/domain/activities/counts';
import { participant } from './fixtures';

const START = '2027-06-10';

describe('participant counts', () => {
  const people = [
    participant({ town: 'Landshut', country: 'DE', birthYear: 2010, registration: 'attended' }),
    participant({ town: 'LANDSHUT ', country: 'DE', ageBand: 'from18to30', registration: 'confirmed' }),
    participant({ town: 'Rennes', country: 'FR', ageBand: 'over30', registration: 'registered' }),
    participant({ town: 'Sibiu', country: 'RO', origin: 'local', birthYear: 1960, registration: 'attended' }),
    participant({ town: 'Sibiu', country: 'RO', origin: 'local', registration: 'invited' }),
    participant({ town: 'Rennes', country: 'FR', birthYear: 2012, registration: 'cancelled' }),
  ];
  const c = countParticipants(people, START);

  it('leaves cancelled participants out of every count but their own', () => {
    expect(c.total).toBe(5);
    expect(c.cancelled).toBe(1);
    expect(c.byCountry.reduce((s, x) => s + x.count, 0)).toBe(5);
  });

  it('counts per country, largest first', () => {
    expect(c.byCountry).toEqual([
      { country: 'DE', count: 2 },
      { country: 'RO', count: 2 },
      { country: 'FR', count: 1 },
    ]);
  });

  it('counts invited participants per town, taking differently written names as one town', () => {
    expect(c.byInvitedTown).toEqual([
      { town: 'Landshut', country: 'DE', count: 2 },
      { town: 'Rennes', country: 'FR', count: 1 },
    ]);
  });

  it('separates invited from local participants', () => {
    expect([c.invited, c.local]).toEqual([3, 2]);
  });

  it('gives the youth share among those whose age is known', () => {
    expect(c.youth).toEqual({ under18: 1, under30: 2, ageKnown: 4, share: 0.5 });
  });

  it('compares attended with registered', () => {
    expect([c.registered, c.attended]).toEqual([4, 2]);
  });

  it('gives zeros, not NaN, for an activity without participants', () => {
    const empty = countParticipants([], START);
    expect(empty.youth.share).toBe(0);
    expect(empty.total).toBe(0);
  });
});
