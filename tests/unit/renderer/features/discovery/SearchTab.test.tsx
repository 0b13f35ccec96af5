import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchTab } from '../../../../../renderer/features/discovery/SearchTab';
import { useAppStore } from '../../../../../renderer/state/store';
import type { RankedCandidate, SearchResult } from '../../../../../shared/domain/partnerSearch';
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
  score: 80,
  reasons: [],
  distanceKm: 640,
  shortlistId: null,
  alreadyPartner: false,
  matchedName: null,
};

function showResult(result: Partial<SearchResult>) {
  useAppStore.setState({
    searchResult: { home: null, homeProblems: [], results: [ornans], considered: 1, ...result },
    searching: false,
  });
  renderWithProviders(<SearchTab />);
}

describe('the line above the partner search results', () => {
  beforeEach(() => useAppStore.setState({ searchResult: null }));

  it('writes large counts the way the language does', async () => {
    await useLocale('fr');
    showResult({ considered: 96914 });
    expect(screen.getByText(/parmi 96\s914 villes/u)).toBeInTheDocument();
  });

  it('speaks of the one town when only one passed the filters', async () => {
    await useLocale('en');
    showResult({ considered: 1 });
    expect(screen.getByText('The one town that passed your filters')).toBeInTheDocument();
  });

  it('gives way to "no town matches" when nothing passed', async () => {
    await useLocale('en');
    showResult({ considered: 0, results: [] });
    expect(screen.getByText('No town matches these criteria.')).toBeInTheDocument();
    expect(screen.queryByText(/passed your filters/)).not.toBeInTheDocument();
  });
});
