import type { Input } from '../../../../shared/ipc/contract';

export interface SampleCommittee {
  municipality: Input<'municipality:save'>;
  committee: Input<'committee:save'>;
  partnership: Input<'partnership:save'>;
}

/** Partner towns as the gazetteer (GeoNames cities500) has them, so the map can draw the link. */
const place = (
  name: string,
  country: string,
  region: string,
  population: number,
  geonameId: number,
  lat: number,
  lon: number,
) => ({
  name,
  country,
  region,
  population,
  coordinates: { lat, lon },
  geonameId,
  source: 'geonames' as const,
});

/**
 * The committees behind the sample charters. Keighley's link is historical (DOMAIN.md);
 * the Buziaș–Ornans link, its people and its resolutions are invented.
 */
export const sampleCommittees: Record<'keighley' | 'buzias', SampleCommittee> = {
  keighley: {
    municipality: {
      name: 'Keighley',
      country: 'GB',
      region: 'West Yorkshire',
      population: 50171,
      languages: ['en'],
      coordinates: { lat: 53.86791, lon: -1.90664 },
    },
    committee: {
      name: 'Keighley Twinning Association (sample)',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    },
    partnership: {
      kind: 'partnership',
      status: 'active',
      partners: [
        {
          place: place('Poix-du-Nord', 'FR', 'Nord', 2056, 2986484, 50.18927, 3.60956),
          languages: ['fr'],
          contacts: [],
        },
      ],
      signings: [],
      resolutions: [],
      languages: ['en', 'fr'],
      themes: ['culture', 'solidarity'],
      notes:
        'Keighley adopted Poix-du-Nord in 1920 (German sources: 1921) and funded a hall opened on 5 June 1922; formal charter 1986.',
    },
  },
  buzias: {
    municipality: {
      name: 'Buziaș',
      country: 'RO',
      region: 'Timiș',
      population: 7625,
      languages: ['ro'],
      coordinates: { lat: 45.64917, lon: 21.60361 },
    },
    committee: {
      name: 'Comitetul de înfrățire Buziaș (exemplu)',
      legalForm: 'association',
      address: '',
      email: '',
      registrationNumber: '',
    },
    partnership: {
      kind: 'partnership',
      status: 'active',
      // Active since the signing, not since the day the sample was made.
      statusSince: '2025-05-09',
      partners: [
        {
          key: 'ornans',
          place: place('Ornans', 'FR', 'Doubs', 4235, 2989252, 47.10749, 6.14306),
          languages: ['fr'],
          contacts: [{ name: 'Hélène Fournier', role: 'maire', languages: ['fr'], email: '', phone: '' }],
        },
      ],
      signings: [{ date: '2025-05-09', place: 'Buziaș', note: 'Sample data' }],
      resolutions: [
        { council: 'home', number: '112', date: '2024-09-26' },
        { council: 'ornans', number: '2024-47', date: '2024-10-03' },
      ],
      languages: ['ro', 'fr'],
      themes: ['culture', 'youth'],
      notes: 'Sample data: this link, its people and its resolutions are invented for the demonstration.',
    },
  },
};
