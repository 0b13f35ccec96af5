import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOME_COLOR } from '../../../../../renderer/features/map/EuropeMap';
import { MapLegend } from '../../../../../renderer/features/map/MapLegend';
import { StatusBadge, StatusText } from '../../../../../renderer/features/partnerships/PartnershipBadges';
import { PARTNERSHIP_STATUSES, statusHex } from '../../../../../renderer/i18n/statuses';
import { PartnershipStatus } from '../../../../../shared/domain/partnership';
import { renderWithProviders, useLocale } from '../../helpers/render';

describe('the map legend and the status badges', () => {
  it('call a status by the same German name as the badges and the history', async () => {
    await useLocale('de');
    renderWithProviders(
      <>
        <MapLegend homeName="Sibiu" />
        <StatusBadge status="prospect" />
        <StatusText status="exploring" />
      </>,
    );
    const legend = screen.getByRole('list', { name: 'Legende' });
    expect(within(legend).getByText('Möglicher Partner')).toBeVisible();
    expect(within(legend).getByText('Erste Kontakte')).toBeVisible();
    expect(within(legend).queryByText('Interessent')).toBeNull();
    expect(screen.getAllByText('Möglicher Partner')).toHaveLength(2);
    expect(screen.getAllByText('Erste Kontakte')).toHaveLength(2);
  });

  it('call exploring «Premiers contacts» in French everywhere, never «Prise de contact»', async () => {
    await useLocale('fr');
    renderWithProviders(<MapLegend homeName={null} />);
    expect(screen.getByText('Premiers contacts')).toBeVisible();
    expect(screen.queryByText('Prise de contact')).toBeNull();
  });

  it('draw negotiating in the violet of its badge and dormant in the orange of its badge', async () => {
    await useLocale('en');
    const { container } = renderWithProviders(
      <>
        <MapLegend homeName="Sibiu" />
        <StatusBadge status="negotiating" />
        <StatusBadge status="dormant" />
      </>,
    );
    const dot = (s: string) => container.querySelector(`[role="listitem"][data-status="${s}"] circle`);
    expect(dot('negotiating')).toHaveAttribute('fill', statusHex('negotiating'));
    expect(dot('dormant')).toHaveAttribute('fill', statusHex('dormant'));
    expect(statusHex('negotiating')).toBe('#6741d9'); // Mantine violet 8
    expect(statusHex('dormant')).toBe('#e8590c'); // Mantine orange 8
    const badge = (s: string) => container.querySelector(`.mantine-Badge-root[data-status="${s}"]`);
    expect(badge('negotiating')).toHaveAttribute('data-variant', 'dot');
    expect(badge('negotiating')?.getAttribute('style')).toContain('violet');
    expect(badge('dormant')?.getAttribute('style')).toContain('orange');
    expect(badge('negotiating')?.getAttribute('style')).toContain('violet-8');
  });

  it('give every status its own colour, so no two can be confused on the map', () => {
    const hexes = PartnershipStatus.options.map(statusHex);
    expect(new Set(hexes).size).toBe(hexes.length);
    expect(new Set(Object.values(PARTNERSHIP_STATUSES).map((s) => s.colour)).size).toBe(hexes.length);
    for (const hex of hexes) expect(hex).toMatch(/^#[0-9a-f]{6}$/i);
    // A prospect is grey, but not the home town's near-black.
    expect(hexes).not.toContain(HOME_COLOR);
    expect(statusHex('prospect')).toBe('#868e96');
  });
});
