import { describe, expect, it } from 'vitest';
import { mapParticipantHeader } from '../../../../../shared/domain/activities/import/columns';
import {
  parseAge,
  parseBirthYear,
  parseDay,
  parseOrigin,
  parseRegistration,
  parseRole,
} from '../../../../../shared/domain/activities/import/values';

describe('participant sheet headers', () => {
  it('recognises the same columns in English, Romanian, French and German', () => {
    const expected = { name: 0, country: 1, town: 2, role: 3 };
    expect(mapParticipantHeader(['Name', 'Country', 'Town', 'Role'])).toEqual(expected);
    expect(mapParticipantHeader(['Nume complet', 'Țara', 'Localitatea', 'Funcția'])).toEqual(expected);
    expect(mapParticipantHeader(['Nom complet', 'Pays', 'Ville', 'Rôle'])).toEqual(expected);
    expect(mapParticipantHeader(['Vollständiger Name', 'Land', 'Wohnort', 'Funktion'])).toEqual(expected);
  });

  it('reads "Nom | Prénom" as family name and first name', () => {
    expect(mapParticipantHeader(['Nom', 'Prénom'])).toEqual({ lastName: 0, firstName: 1 });
  });
});

describe('participant sheet values', () => {
  it('reads age bands however a form writes them', () => {
    expect(['<18', 'sub 18', 'Minderjährig', '16'].map(parseAge)).toEqual([
      'under18',
      'under18',
      'under18',
      'under18',
    ]);
    expect(['18–30', '18-30', 'de 18 à 30', '25'].map(parseAge)).toEqual(Array(4).fill('from18to30'));
    expect(['30+', 'peste 30', 'über 30', '64'].map(parseAge)).toEqual(Array(4).fill('over30'));
    expect(parseAge('old')).toBeUndefined();
    expect(parseAge('')).toBeNull();
  });

  it('reads day-first dates and refuses days that do not exist', () => {
    expect(parseDay('10.06.2027')).toBe('2027-06-10');
    expect(parseDay('1/6/2027')).toBe('2027-06-01');
    expect(parseDay('2027-6-10')).toBe('2027-06-10');
    expect(parseDay('29.02.2027')).toBeUndefined();
    expect(parseDay('June 10')).toBeUndefined();
  });

  it('takes the year of a birth date as the birth year', () => {
    expect(parseBirthYear('12.05.2009')).toBe(2009);
    expect(parseBirthYear('2009')).toBe(2009);
    expect(parseBirthYear('09')).toBeUndefined();
  });

  it('reads roles, origins and registration states in the four languages', () => {
    expect(['Lider de grup', 'accompagnateur', 'Gruppenleiterin'].map(parseRole)).toEqual(
      Array(3).fill('groupLeader'),
    );
    expect(['Dolmetscher', 'interprète', 'traducător'].map(parseRole)).toEqual(Array(3).fill('interpreter'));
    expect(['invitat', 'Invitée', 'eingeladen', 'da'].map(parseOrigin)).toEqual(Array(4).fill('invited'));
    expect(['localnic', 'nu'].map(parseOrigin)).toEqual(['local', 'local']);
    expect(['prezentă', 'présent', 'anwesend'].map(parseRegistration)).toEqual(Array(3).fill('attended'));
    expect(parseRegistration('maybe')).toBeUndefined();
  });
});
