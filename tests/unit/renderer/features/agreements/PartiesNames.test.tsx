import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../../../shared/domain/agreement/model';
import { PartiesTab } from '../../../../../renderer/features/agreements/PartiesTab';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

function renderParties() {
  const seen: { content: AgreementContent } = { content: printableCharter() };
  function Harness() {
    const [content, setContent] = useState(seen.content);
    seen.content = content;
    return <PartiesTab content={content} flagged={new Set()} onEdit={(edit) => setContent(edit)} />;
  }
  renderWithProviders(<Harness />);
  return { user: userEvent.setup(), seen };
}

describe('PartiesTab, names and designations', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('shows how each language writes the party, and follows the kind of authority chosen', async () => {
    const { user, seen } = renderParties();
    const vienne = screen.getByRole('group', { name: 'Party 1' });
    expect(vienne).toHaveTextContent('The charter writes: la commune de Vienne · die Gemeinde Vienne');
    // A Mantine Select keeps its option list in the page: pick in the list it controls.
    const input = within(vienne).getByLabelText('Kind of local authority', { selector: 'input' });
    await user.click(input);
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    await user.click(
      within(list!).getByRole('option', { name: 'Town (oraș, Stadt, miasto, ville)', hidden: true }),
    );
    expect(seen.content.parties[0].designation).toBe('town');
    expect(vienne).toHaveTextContent('The charter writes: la ville de Vienne · die Stadt Vienne');
  });

  it('keeps a town name per language, and shows the recorded name until one is typed', async () => {
    const { user, seen } = renderParties();
    const [french] = screen.getAllByLabelText('Name in French');
    expect(french).toHaveAttribute('placeholder', 'Vienne');
    const [, germanOfEsslingen] = screen.getAllByLabelText('Name in German');
    await user.type(germanOfEsslingen!, 'Esslingen');
    expect(seen.content.parties[1].names.de?.town).toBe('Esslingen');
    expect(seen.content.parties[1].name).toBe('Esslingen am Neckar');
  });
});
