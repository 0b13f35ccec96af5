import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PartnerTownCard } from '../../../../renderer/features/partnerships/PartnerTownCard';
import { reasonText } from '../../../../renderer/features/discovery/reasonText';
import { i18n } from '../../../../renderer/i18n';
import { makeFormat } from '../../../../renderer/i18n/format';
import type { Reason } from '../../../../shared/domain/partnerSearch';
import type { PartnerTown } from '../../../../shared/domain/partnership';
import { renderWithProviders, useLocale } from '../helpers/render';

function town(population: number): PartnerTown {
  return {
    id: 't-1',
    place: {
      name: 'Ornans',
      country: 'FR',
      region: 'Doubs',
      population,
      coordinates: null,
      geonameId: null,
      source: 'manual',
    },
    languages: [],
    contacts: [],
  };
}

describe('numbers of inhabitants in Romanian', () => {
  it('take "de" from twenty on, as Romanian grammar wants, on a partner town', async () => {
    await useLocale('ro');
    renderWithProviders(<PartnerTownCard town={town(2056)} />);
    expect(screen.getByText('2.056 de locuitori')).toBeInTheDocument();
  });

  it('go without "de" under twenty and in the singular for one', async () => {
    await useLocale('ro');
    const { unmount } = renderWithProviders(<PartnerTownCard town={town(12)} />);
    expect(screen.getByText('12 locuitori')).toBeInTheDocument();
    unmount();
    renderWithProviders(<PartnerTownCard town={town(1)} />);
    expect(screen.getByText('1 locuitor')).toBeInTheDocument();
  });

  it('agree in the partner search reasons too', async () => {
    await useLocale('ro');
    const reason: Reason = {
      code: 'sizeSimilar',
      effect: 'good',
      points: 10,
      max: 10,
      params: { population: 9400, homePopulation: 10500, ratio: 0.9 },
    };
    const text = reasonText(reason, i18n.t.bind(i18n), makeFormat('ro'));
    expect(text).toContain('9.400 de locuitori');
  });

  it('stay plain in English', async () => {
    await useLocale('en');
    renderWithProviders(<PartnerTownCard town={town(2056)} />);
    expect(screen.getByText('2,056 inhabitants')).toBeInTheDocument();
  });
});
