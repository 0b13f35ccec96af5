import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HealthTab } from '../../../../../renderer/features/partnerships/HealthTab';
import { Partnership } from '../../../../../shared/domain/partnership';
import store from '../../../../fixtures/stores/v5.json';
import { renderWithProviders, useLocale } from '../../helpers/render';

const landshut = Partnership.parse({ ...store.partnerships[0], rev: 1 });
// No objectives or themes: the keys the app's records would tick stay out of the count.
const withHealth = (health: Partnership['health']) => ({ ...landshut, health, objectives: [], themes: [] });

describe('the ten keys in French', () => {
  it('says "1 clé sur 10", singular, and "clé 5" for one key ticked without evidence', async () => {
    await useLocale('fr');
    renderWithProviders(<HealthTab partnership={withHealth([{ key: 5, done: true, evidence: '' }])} />);
    expect(screen.getByText('1 clé sur 10 en place')).toBeInTheDocument();
    expect(screen.getByText(/^Cochée sans justificatif\s: clé 5\./)).toBeInTheDocument();
  });

  it('says "2 clés" in the plural', async () => {
    await useLocale('fr');
    renderWithProviders(
      <HealthTab
        partnership={withHealth([
          { key: 5, done: true, evidence: '' },
          { key: 9, done: true, evidence: '' },
        ])}
      />,
    );
    expect(screen.getByText('2 clés sur 10 en place')).toBeInTheDocument();
    expect(screen.getByText(/: clés 5, 9\./)).toBeInTheDocument();
  });
});
