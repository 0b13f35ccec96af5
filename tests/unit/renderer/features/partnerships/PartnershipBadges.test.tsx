import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KindLabelBadge } from '../../../../../renderer/features/partnerships/PartnershipBadges';
import { i18n } from '../../../../../renderer/i18n';
import { renderWithProviders, useLocale } from '../../helpers/render';

/** The registry's kind badge as PartnershipsPage draws it. */
function renderRegistryBadge() {
  renderWithProviders(
    <KindLabelBadge
      label={i18n.t('partnerships:kindShort.project')}
      full={i18n.t('partnerships:kind.project')}
    />,
  );
}

describe('KindLabelBadge in the registry', () => {
  it('shows the short German name of a project partnership and the full one on hover', async () => {
    await useLocale('de');
    renderRegistryBadge();
    expect(screen.getByTitle('Projektpartnerschaft')).toHaveTextContent(/^Projekt$/);
  });

  it('shows the short Romanian name, which is not the full one cut short', async () => {
    await useLocale('ro');
    renderRegistryBadge();
    expect(screen.getByTitle('Parteneriat de proiect')).toHaveTextContent(/^Proiect comun$/);
  });

  it('has no hover text when the short name is the full name', async () => {
    await useLocale('en');
    renderRegistryBadge();
    expect(screen.getByText('Project partnership')).toBeVisible();
    expect(screen.queryByTitle('Project partnership')).toBeNull();
  });
});
