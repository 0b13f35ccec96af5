import { mayBeMinor, type Participant } from './participant';

export type ParticipantGap =
  | 'ageUnknown'
  | 'minorWithoutEmergencyContact'
  | 'minorWithoutParentConsent'
  | 'invitedWithoutCountry'
  | 'guestWithoutDates';

/**
 * What is still missing for a participant to travel or be counted, so the register can
 * show it before the visit rather than on the day: a minor needs an emergency contact and
 * a parent's consent, an invited participant a country (the funders count by country).
 */
export function participantGaps(p: Participant, activityStart: string): ParticipantGap[] {
  if (p.registration === 'cancelled') return [];
  const gaps: ParticipantGap[] = [];
  if (p.ageBand === null && p.birthYear === null) gaps.push('ageUnknown');
  if (mayBeMinor(p, activityStart)) {
    if (p.emergencyContact === null) gaps.push('minorWithoutEmergencyContact');
    if (p.parentConsent !== 'given') gaps.push('minorWithoutParentConsent');
  }
  if (p.origin === 'invited' && p.country === null) gaps.push('invitedWithoutCountry');
  if (p.origin === 'invited' && p.needsHost && (p.arrival === null || p.departure === null))
    gaps.push('guestWithoutDates');
  return gaps;
}
