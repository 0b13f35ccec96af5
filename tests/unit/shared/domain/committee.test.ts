import { describe, expect, it } from 'vitest';
import { CommitteeInfo, Member, MemberDraft, Municipality } from '../../../../shared/domain/committee';
import { toFieldIssues } from '../../../../shared/ipc/errors';

const codes = (result: { success: boolean; error?: { issues: Parameters<typeof toFieldIssues>[0] } }) =>
  result.error ? toFieldIssues(result.error.issues).map((i) => `${i.path.join('.')}:${i.code}`) : [];

const member = {
  name: 'Ana Popescu',
  role: 'chair',
  email: 'ana@example.org',
  phone: '+40 21 123 45 67',
  termStart: '2024-01-01',
  termEnd: '2027-12-31',
};

const info = {
  name: 'Comitetul de înfrățire Sibiu',
  legalForm: 'association',
  address: 'Piața Mare 1, Sibiu',
  email: 'contact@infratire.ro',
  registrationNumber: '123/2020',
};

describe('MemberDraft', () => {
  it('accepts a complete member with a term in order', () => {
    expect(MemberDraft.safeParse(member).success).toBe(true);
  });

  it('accepts a member with no e-mail, phone or term', () => {
    const result = MemberDraft.safeParse({ ...member, email: '', phone: '', termStart: null, termEnd: null });
    expect(result.success).toBe(true);
  });

  it('rejects an e-mail without a domain and names the field', () => {
    expect(codes(MemberDraft.safeParse({ ...member, email: 'ana@' }))).toEqual(['email:invalid_email']);
  });

  it('rejects a name of only spaces as required', () => {
    expect(codes(MemberDraft.safeParse({ ...member, name: '   ' }))).toEqual(['name:required']);
  });

  it('trims the name it keeps', () => {
    const result = MemberDraft.parse({ ...member, name: '  Ana Popescu  ' });
    expect(result.name).toBe('Ana Popescu');
  });

  it('rejects a term that ends before it starts, on the end field', () => {
    const result = MemberDraft.safeParse({ ...member, termStart: '2025-06-01', termEnd: '2025-05-31' });
    expect(codes(result)).toEqual(['termEnd:term_end_before_start']);
  });

  it('accepts a term that starts and ends on the same day', () => {
    expect(MemberDraft.safeParse({ ...member, termStart: '2025-06-01', termEnd: '2025-06-01' }).success).toBe(
      true,
    );
  });

  it('accepts an open-ended term', () => {
    expect(MemberDraft.safeParse({ ...member, termEnd: null }).success).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    expect(codes(MemberDraft.safeParse({ ...member, termStart: '2025-02-30' }))).toEqual([
      'termStart:invalid_date',
    ]);
  });

  it('rejects a phone number with letters', () => {
    expect(codes(MemberDraft.safeParse({ ...member, phone: 'call me' }))).toEqual(['phone:invalid_phone']);
  });

  it('accepts phone numbers written the usual European ways', () => {
    for (const phone of ['+49 (0)30 1234567', '0721.123.456', '01 23 45 67 89', '+40-21/123-45-67']) {
      expect(MemberDraft.safeParse({ ...member, phone }).success, phone).toBe(true);
    }
  });

  it('rejects a role that is not one of the four', () => {
    expect(codes(MemberDraft.safeParse({ ...member, role: 'president' }))).toEqual(['role:invalid_value']);
  });
});

describe('Member', () => {
  it('requires the timestamps and the revision the core adds', () => {
    expect(Member.safeParse({ ...member, id: 'm1' }).success).toBe(false);
    const stamp = '2025-01-01T10:00:00.000Z';
    expect(Member.safeParse({ ...member, id: 'm1', createdAt: stamp, updatedAt: stamp }).success).toBe(false);
    expect(
      Member.safeParse({ ...member, id: 'm1', createdAt: stamp, updatedAt: stamp, rev: 1 }).success,
    ).toBe(true);
  });
});

describe('CommitteeInfo', () => {
  it('accepts a committee with Romanian diacritics in its name', () => {
    expect(CommitteeInfo.safeParse(info).success).toBe(true);
  });

  it('rejects an empty name and an invalid e-mail together, naming both fields', () => {
    expect(codes(CommitteeInfo.safeParse({ ...info, name: '', email: 'not an address' }))).toEqual([
      'name:required',
      'email:invalid_email',
    ]);
  });

  it('accepts an empty e-mail because the committee may not have one', () => {
    expect(CommitteeInfo.safeParse({ ...info, email: '' }).success).toBe(true);
  });
});

describe('Municipality', () => {
  const town = {
    name: 'Sibiu',
    country: 'RO',
    region: 'Sibiu County',
    population: 134_309,
    languages: ['ro', 'de'],
    coordinates: { lat: 45.7928, lon: 24.1521 },
  };

  it('accepts a town with two languages and coordinates', () => {
    expect(Municipality.safeParse(town).success).toBe(true);
  });

  it('requires at least one language', () => {
    expect(codes(Municipality.safeParse({ ...town, languages: [] }))).toEqual(['languages:too_few']);
  });

  it('rejects a lower-case or three-letter country code', () => {
    expect(Municipality.safeParse({ ...town, country: 'ro' }).success).toBe(false);
    expect(Municipality.safeParse({ ...town, country: 'ROU' }).success).toBe(false);
  });

  it('rejects a latitude beyond the pole', () => {
    expect(codes(Municipality.safeParse({ ...town, coordinates: { lat: 91, lon: 0 } }))).toEqual([
      'coordinates.lat:too_big',
    ]);
  });

  it('rejects a negative or fractional population', () => {
    expect(Municipality.safeParse({ ...town, population: -1 }).success).toBe(false);
    expect(Municipality.safeParse({ ...town, population: 10.5 }).success).toBe(false);
  });
});
