import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { MembersSection } from '../../../../../renderer/features/committee/MembersSection';
import { i18n } from '../../../../../renderer/i18n';
import { roleTitle } from '../../../../../renderer/i18n/roles';
import { useAppStore } from '../../../../../renderer/state/store';
import { Member } from '../../../../../shared/domain/committee';
import { renderWithProviders, useLocale } from '../../helpers/render';

const member = (name: string, role: Member['role'], address?: Member['address']): Member =>
  Member.parse({
    id: `m-${name.length}`,
    name,
    role,
    ...(address ? { address } : {}),
    email: '',
    phone: '',
    termStart: null,
    termEnd: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rev: 1,
  });

describe('role titles', () => {
  beforeEach(async () => useLocale('fr'));

  it('are feminine in French for a woman: Présidente, Trésorière', () => {
    expect(roleTitle(i18n.t, 'chair', 'ms')).toBe('Présidente');
    expect(roleTitle(i18n.t, 'treasurer', 'ms')).toBe('Trésorière');
    expect(roleTitle(i18n.t, 'chair', 'mr')).toBe('Président');
    expect(roleTitle(i18n.t, 'chair')).toBe('Président');
  });

  it('stay neutral in German, where the titles are neutral already', async () => {
    await useLocale('de');
    expect(roleTitle(i18n.t, 'chair', 'ms')).toBe('Vorsitz');
  });

  it('read a member stored before the form of address existed as neither', () => {
    expect(member('Maria Schmidt', 'treasurer').address).toBeUndefined();
    expect(roleTitle(i18n.t, 'treasurer', member('Maria Schmidt', 'treasurer').address)).toBe('Trésorier');
  });

  it('are shown in the members table by each member’s form of address', () => {
    useAppStore.setState({
      profile: {
        municipality: null,
        committee: null,
        members: [member('Ioana Popescu', 'chair', 'ms'), member('Jean Martin', 'secretary', 'mr')],
      },
    });
    renderWithProviders(
      <MemoryRouter>
        <MembersSection />
      </MemoryRouter>,
    );
    const row = screen.getByRole('row', { name: /Ioana Popescu/ });
    expect(within(row).getByText('Présidente')).toBeInTheDocument();
  });

  it('are written "Présidente : Ioana Popescu" with the French space before the colon', () => {
    expect(i18n.t('home:team.holder', { role: 'Présidente', name: 'Ioana Popescu' })).toBe(
      'Présidente\u00a0: Ioana Popescu',
    );
  });
});
