import { describe, expect, it } from 'vitest';
import { HostHousehold, HostHouseholdDraft } from '../../../../../shared/domain/activities/household';
import {
  ageBandOn,
  mayBeMinor,
  PARTICIPANT_SENSITIVE_FIELDS,
  ParticipantDraft,
  photoConsentGiven,
} from '../../../../../shared/domain/activities/participant';
import { sensitiveFields } from '../../../../../shared/domain/activities/sensitive';
import { household, participant } from './fixtures';

describe('sensitive fields', () => {
  it('marks diet, allergies, access needs and the emergency contact of a participant as sensitive', () => {
    expect(PARTICIPANT_SENSITIVE_FIELDS.map((f) => f.key)).toEqual([
      'dietNeeds',
      'dietNote',
      'petAllergies',
      'accessNeeds',
      'stepFreeAccess',
      'emergencyContact',
    ]);
  });

  it('does not mark the name or town, which the signed lists need', () => {
    const keys = PARTICIPANT_SENSITIVE_FIELDS.map((f) => f.key);
    expect(keys).not.toContain('name');
    expect(keys).not.toContain('town');
  });

  it('marks the date of a household check for hosting minors as sensitive', () => {
    expect(sensitiveFields(HostHousehold)).toEqual([{ key: 'minorCheckDate', purpose: 'minorCheck' }]);
  });
});

describe('participant drafts', () => {
  const { id: _id, ...fields } = participant();

  it('accepts a participant without a new id', () => {
    expect(ParticipantDraft.safeParse(fields).success).toBe(true);
  });

  it('points to the departure when it comes before the arrival', () => {
    const r = ParticipantDraft.safeParse({ ...fields, arrival: '2027-06-10', departure: '2027-06-09' });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['departure', 'departure_before_arrival'],
    ]);
  });

  it('points to a household availability that ends before it begins', () => {
    const { id: _h, ...h } = household({ available: [{ from: '2027-06-10', to: '2027-06-01' }] });
    const r = HostHouseholdDraft.safeParse(h);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['available.0.to']);
  });
});

describe('age', () => {
  it('counts the age reached in the activity year from a birth year', () => {
    expect(ageBandOn({ ageBand: null, birthYear: 2010 }, '2027-06-10')).toBe('under18');
    expect(ageBandOn({ ageBand: null, birthYear: 1997 }, '2027-06-10')).toBe('from18to30');
    expect(ageBandOn({ ageBand: null, birthYear: 1996 }, '2027-06-10')).toBe('over30');
  });

  it('treats someone who turns 18 in the activity year as a possible minor', () => {
    expect(mayBeMinor({ ageBand: null, birthYear: 2009 }, '2027-06-10')).toBe(true);
    expect(mayBeMinor({ ageBand: null, birthYear: 2008 }, '2027-06-10')).toBe(false);
  });

  it('requires a parent’s consent as well before photographs of a minor are used', () => {
    const minor = { ageBand: 'under18' as const, birthYear: null, photoConsent: 'given' as const };
    expect(photoConsentGiven({ ...minor, parentConsent: 'unknown' }, '2027-06-10')).toBe(false);
    expect(photoConsentGiven({ ...minor, parentConsent: 'given' }, '2027-06-10')).toBe(true);
    expect(photoConsentGiven({ ...minor, ageBand: 'over30', parentConsent: 'unknown' }, '2027-06-10')).toBe(
      true,
    );
  });
});
