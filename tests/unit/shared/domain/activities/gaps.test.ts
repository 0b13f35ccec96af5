import { describe, expect, it } from 'vitest';
import { participantGaps } from '../../../../../shared/domain/activities/gaps';
import { participant } from './fixtures';

const START = '2027-06-10';
const ready = { arrival: '2027-06-10', departure: '2027-06-14' };

describe('what a participant still lacks', () => {
  it('asks for an emergency contact and a parent’s consent for a minor', () => {
    expect(participantGaps(participant({ ...ready, birthYear: 2012 }), START)).toEqual([
      'minorWithoutEmergencyContact',
      'minorWithoutParentConsent',
    ]);
  });

  it('finds nothing missing for a minor whose parent consented and who has an emergency contact', () => {
    const p = participant({
      ...ready,
      birthYear: 2012,
      parentConsent: 'given',
      emergencyContact: { name: 'Eva Huber', phone: '+49 1' },
    });
    expect(participantGaps(p, START)).toEqual([]);
  });

  it('asks an invited guest for a country, an age and the travel dates', () => {
    expect(participantGaps(participant({ country: null }), START)).toEqual([
      'ageUnknown',
      'invitedWithoutCountry',
      'guestWithoutDates',
    ]);
  });

  it('asks nothing of a cancelled registration', () => {
    expect(participantGaps(participant({ registration: 'cancelled', country: null }), START)).toEqual([]);
  });
});
