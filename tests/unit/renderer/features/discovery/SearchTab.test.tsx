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
  domestic: false,
};

function showResult(result: Partial<SearchResult>, searching = false) {
  useAppStore.setState({
    searchResult: {
      home: null,
      homeProblems: [],
      results: [ornans],
      considered: 1,
      outsideSize: 0,
      ownTown: false,
      ...result,
    },
    searching,
    profile: {
      municipality: {
        name: 'Sibiu',
        country: 'RO',
        region: 'Sibiu',
        population: 134_309,
        languages: ['ro'],
        coordinates: null,
        rev: 1,
      },
      committee: null,
      members: [],
    },
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

  it('says the name typed is the home town rather than "no town matches"', async () => {
    await useLocale('en');
    showResult({ considered: 0, results: [], ownTown: true, home: { name: 'Sibiu', country: 'RO' } });
    expect(screen.getByText('That is your own town, Sibiu')).toBeInTheDocument();
    expect(screen.queryByText('No town matches these criteria.')).not.toBeInTheDocument();
  });

  it('says how many towns of that name the size left out', async () => {
    await useLocale('de');
    showResult({ considered: 0, results: [], outsideSize: 2 });
    expect(
      screen.getByText(/2 Orte dieses Namens liegen außerhalb der gewünschten Größe/),
    ).toBeInTheDocument();
  });
});

describe('the partner search while a new search runs', () => {
  it('dims the previous results and says they are from the previous search', async () => {
    await useLocale('en');
    showResult({ considered: 1 }, true);
    const results = screen.getByRole('region', { name: 'Ranked candidates' });
    expect(results).toHaveAttribute('aria-busy', 'true');
    expect(results).toHaveStyle({ opacity: '0.45' });
    expect(screen.getByRole('status')).toHaveTextContent('the results below are from the previous search');
    expect(screen.getByText('Ornans')).toBeInTheDocument();
  });

  it('shows them at full strength once the search is done', async () => {
    await useLocale('en');
    showResult({ considered: 1 });
    expect(screen.getByRole('region', { name: 'Ranked candidates' })).not.toHaveAttribute('data-stale');
  });
});

describe('the partner search form', () => {
  it('says what similar means in inhabitants of the home town, and shows the distance unit', async () => {
    await useLocale('en');
    showResult({});
    expect(
      screen.getByText('Similar: from half to twice your town’s 134,309 inhabitants, so 67,155 to 268,618.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'At most this far (km)' })).toBeInTheDocument();
  });
});
