import { describe, expect, it } from 'vitest';
import { knownPlaces } from '../../../../electron/core/discovery/knownPlaces';
import type { Partnership } from '../../../../shared/domain/partnership';
import { link } from '../../shared/domain/partnershipFixture';

const town = (name: string, country: string, geonameId: number | null): Partnership['partners'][number] => ({
  id: `t-${name}`,
  place: {
    name,
    country,
    region: '',
    population: null,
    coordinates: null,
    geonameId,
    source: geonameId === null ? 'manual' : 'geonames',
  },
  languages: [],
  contacts: [],
});

describe('knownPlaces', () => {
  it('knows partners by GeoNames id, and hand-typed towns by name and country ignoring case and spaces', () => {
    const registry = [
      link({ partners: [town('Sibiu', 'RO', 667268)] }),
      link({ id: 'p2', partners: [town('Isdes', 'FR', null)] }),
    ];
    const known = knownPlaces(registry, []);
    expect(known.isPartner({ geonameId: 667268, name: 'Hermannstadt', country: 'RO' })).toBe(true);
    expect(known.isPartner({ geonameId: null, name: ' isdes ', country: 'FR' })).toBe(true);
    expect(known.isPartner({ geonameId: null, name: 'Isdes', country: 'BE' })).toBe(false);
  });

  it('sees a partner added since the last search, although the towns of a registry are kept between searches', () => {
    const before = [link({ partners: [town('Sibiu', 'RO', 667268)] })];
    expect(knownPlaces(before, []).isPartner({ geonameId: 683506, name: 'Brașov', country: 'RO' })).toBe(
      false,
    );
    const after = [...before, link({ id: 'p2', partners: [town('Brașov', 'RO', 683506)] })];
    expect(knownPlaces(after, []).isPartner({ geonameId: 683506, name: 'Brașov', country: 'RO' })).toBe(true);
    expect(knownPlaces(before, []).isPartner({ geonameId: 683506, name: 'Brașov', country: 'RO' })).toBe(
      false,
    );
  });
});
