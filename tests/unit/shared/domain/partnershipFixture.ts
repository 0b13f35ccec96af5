import type { Partnership } from '../../../../shared/domain/partnership';
import { emptyHealth } from '../../../../shared/domain/partnershipHealth';

/** A valid link with no activity; tests override what they are about. */
export function link(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: 'p1',
    rev: 1,
    kind: 'partnership',
    partners: [
      {
        id: 't1',
        place: {
          name: 'Landshut',
          country: 'DE',
          region: 'Bavaria',
          population: 73_411,
          coordinates: null,
          geonameId: null,
          source: 'manual',
        },
        languages: ['de'],
        contacts: [],
      },
    ],
    status: 'active',
    statusHistory: [{ status: 'active', date: '2020-01-01', note: '' }],
    signings: [],
    resolutions: [],
    languages: ['de', 'ro'],
    themes: [],
    objectives: [],
    health: emptyHealth(),
    timeline: [],
    notes: '',
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  };
}
