import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { FirstSteps } from '../../../../../renderer/features/home/FirstSteps';
import { useAppStore } from '../../../../../renderer/state/store';
import type { SavedCommitteeInfo, SavedMunicipality } from '../../../../../shared/domain/committee';
import type { Dashboard } from '../../../../../shared/domain/dashboard';
import { renderWithProviders, useLocale } from '../../helpers/render';

const town: SavedMunicipality = {
  name: 'Sibiu',
  country: 'RO',
  region: 'Sibiu',
  population: 147245,
  languages: ['ro', 'de'],
  coordinates: { lat: 45.8, lon: 24.15 },
  rev: 1,
};
const committee: SavedCommitteeInfo = {
  name: 'Comitetul de înfrățire Sibiu',
  legalForm: 'association',
  address: '',
  email: '',
  registrationNumber: '',
  rev: 1,
};

function registry(total: number): Dashboard {
  return {
    today: '2026-12-03',
    horizonDays: 365,
    dormantAfterMonths: 24,
    counts: { prospect: total, exploring: 0, negotiating: 0, active: 0, dormant: 0, ended: 0 },
    total,
    anniversaries: [],
    dormant: [],
    dormantTotal: 0,
  } as Dashboard;
}

function show(state: {
  municipality?: SavedMunicipality | null;
  committee?: SavedCommitteeInfo | null;
  partners?: number | null;
}) {
  useAppStore.setState({
    profile: { municipality: state.municipality ?? null, committee: state.committee ?? null, members: [] },
    dashboard: state.partners === null ? null : registry(state.partners ?? 0),
  });
  renderWithProviders(
    <MemoryRouter>
      <FirstSteps />
    </MemoryRouter>,
  );
}

const steps = () => screen.getByRole('region', { name: /First steps|Premiers pas/ }).querySelectorAll('li');

describe('the first-steps card on the Overview', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('leads a new committee through town, committee and first partner, each still to do', () => {
    show({});
    expect(Array.from(steps(), (li) => li.textContent)).toEqual([
      '1Choose your town from the gazetteer(to do)',
      '2Describe your twinning committee(to do)',
      '3Add your first partner town(to do)or find one with Partner search',
    ]);
    expect(screen.getByRole('link', { name: 'Choose your town from the gazetteer' })).toHaveAttribute(
      'href',
      '/committee',
    );
    expect(screen.getByRole('link', { name: 'Add your first partner town' })).toHaveAttribute(
      'href',
      '/partnerships/new',
    );
    expect(screen.getByRole('link', { name: 'or find one with Partner search' })).toHaveAttribute(
      'href',
      '/discovery',
    );
  });

  it('ticks the town and the committee once saved and leaves only the partner to follow, in French', async () => {
    await useLocale('fr');
    show({ municipality: town, committee });
    expect(Array.from(steps(), (li) => li.textContent)).toEqual([
      '✓Choisissez votre commune dans le répertoire des lieux(fait)',
      '✓Décrivez votre comité de jumelage(fait)',
      '3Ajoutez votre première ville partenaire(à faire)ou trouvez-en une avec la Recherche de partenaires',
    ]);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Ajoutez votre première ville partenaire',
      'ou trouvez-en une avec la Recherche de partenaires',
    ]);
  });

  it('goes away once the committee has a town, its details and a partner', () => {
    show({ municipality: town, committee, partners: 1 });
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
  });

  it('waits for the registry before showing, so a set-up committee never sees it flash', () => {
    show({ municipality: town, committee, partners: null });
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
  });
});
