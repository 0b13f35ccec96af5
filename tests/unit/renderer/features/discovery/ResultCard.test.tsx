import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResultCard } from '../../../../../renderer/features/discovery/ResultCard';
import type { RankedCandidate } from '../../../../../shared/domain/partnerSearch';
import { renderWithProviders, useLocale } from '../../helpers/render';

const ornans: RankedCandidate = {
  place: {
    id: 'p-1',
    name: 'Ornans',
    asciiName: 'Ornans',
    country: 'FR',
    admin1: 'Bourgogne-Franche-Comté',
    admin2: 'Doubs',
    population: 4321,
    lat: 47.1,
    lon: 6.14,
    geonameId: 2989100,
    source: 'geonames',
  },
  score: 72,
  reasons: [
    { code: 'distanceNear', effect: 'good', points: 20, max: 25, params: { km: 640, maxKm: 2500 } },
    { code: 'homeSizeUnknown', effect: 'info', points: 0, max: 0, params: {} },
  ],
  distanceKm: 640,
  shortlistId: null,
  alreadyPartner: false,
  matchedName: null,
  domestic: false,
};

describe('a partner search result read by a screen reader', () => {
  beforeEach(async () => useLocale('en'));

  it('says the score and what each reason mark means, not "+" and "i"', () => {
    renderWithProviders(<ResultCard result={ornans} rank={1} onShortlist={vi.fn()} />);
    expect(screen.getByRole('img', { name: 'Score 72 of 100' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Counts in favour' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'For information, not scored' })).toBeInTheDocument();
  });
});
