import { describe, expect, it } from 'vitest';
import { signatureLists } from '../../../../../shared/domain/activities/documents/lists';
import { participant } from './fixtures';

describe('signature lists', () => {
  const people = [
    participant({ name: 'Zoé Martin', town: 'Rennes', country: 'FR' }),
    participant({ name: 'Élodie Le Goff', town: 'rennes', country: 'FR' }),
    participant({ name: 'Anna Huber', town: 'Landshut', country: 'DE' }),
    participant({ name: 'Jan Dvořák', town: 'Třebíč', country: 'CZ', registration: 'cancelled' }),
    participant({ name: 'Maria Ionescu', town: 'Sibiu', country: 'RO', origin: 'local' }),
  ];
  const lists = signatureLists(people, 'fr');

  it('makes one list per invited town, by country, then one for local participants last', () => {
    expect(lists.map((l) => (l.kind === 'local' ? 'local' : `${l.country} ${l.town}`))).toEqual([
      'DE Landshut',
      'FR Rennes',
      'local',
    ]);
  });

  it('sorts each list by name as the language does, accents included', () => {
    expect(lists[1]?.people.map((p) => p.name)).toEqual(['Élodie Le Goff', 'Zoé Martin']);
  });

  it('leaves cancelled registrations off the lists to be signed', () => {
    expect(lists.flatMap((l) => l.people.map((p) => p.name))).not.toContain('Jan Dvořák');
  });

  it('makes no local list when nobody local takes part', () => {
    expect(signatureLists(people.slice(0, 3), 'en').every((l) => l.kind === 'invited')).toBe(true);
  });
});
