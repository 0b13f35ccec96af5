import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SetupTab } from '../../../../../renderer/features/agreements/SetupTab';
import type { AgreementContent } from '../../../../../shared/domain/agreement/model';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

/** The tab with real state around it, so each choice shows as the secretary would see it. */
function renderSetup(start: AgreementContent = printableCharter()) {
  const seen: { content: AgreementContent } = { content: start };
  function Harness() {
    const [content, setContent] = useState(start);
    seen.content = content;
    return <SetupTab content={content} onEdit={(edit) => setContent(edit)} />;
  }
  renderWithProviders(<Harness />);
  return { user: userEvent.setup(), seen };
}

/** Opens a Mantine Select and picks an option in its own list (every Select keeps one in the page). */
async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const input = screen.getByLabelText(label, { selector: 'input' });
  await user.click(input);
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!list) throw new Error(`${label} has no option list`);
  await user.click(within(list).getByRole('option', { name: option, hidden: true }));
}

describe('SetupTab', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('starts a library language from the clause library when it is chosen', async () => {
    const { user, seen } = renderSetup();
    await choose(user, 'Language 2', 'Romanian');
    expect(seen.content.languages).toEqual(['fr', 'ro']);
    expect(seen.content.texts.ro?.clauses.preamble.heading).toBe('Preambul');
    // The German text stays, so switching back loses nothing.
    expect(seen.content.texts.de).toBeDefined();
  });

  it('swaps the two languages when the other one is chosen, rather than printing one language twice', async () => {
    const { user, seen } = renderSetup();
    await choose(user, 'Language 1', 'German');
    expect(seen.content.languages).toEqual(['de', 'fr']);
  });

  it('starts Polish from the Polish library text', async () => {
    const { user, seen } = renderSetup();
    await choose(user, 'Language 2', 'Polish');
    expect(seen.content.languages).toEqual(['fr', 'pl']);
    expect(seen.content.texts.pl?.basedOn).toBe('pl');
    expect(seen.content.texts.pl?.clauses.preamble.heading).toBe('Preambuła');
  });

  it('starts a language the library lacks from an empty text, and can copy a library text in as a model', async () => {
    const { user, seen } = renderSetup();
    await choose(user, 'Language 2', 'Irish');
    expect(seen.content.languages).toEqual(['fr', 'ga']);
    expect(seen.content.texts.ga?.basedOn).toBeNull();
    expect(seen.content.texts.ga?.clauses.preamble.body).toBe('');
    expect(screen.getByLabelText('Irish text starts from', { selector: 'input' })).toHaveValue(
      'An empty text (you write it)',
    );
    expect(screen.getByText(/The library has no text in this language/)).toBeInTheDocument();

    await choose(user, 'Irish text starts from', 'German');
    await user.click(await screen.findByRole('button', { name: 'Replace the text' }));
    expect(seen.content.texts.ga?.basedOn).toBe('de');
    expect(seen.content.texts.ga?.clauses.preamble.heading).toBe('Präambel');
  });

  it('switches between two columns and one text after the other, and between A4 and US Letter', async () => {
    const { user, seen } = renderSetup();
    expect(screen.getByRole('radio', { name: 'Two columns side by side' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Each text in full, one after the other' }));
    await user.click(screen.getByRole('radio', { name: 'US Letter' }));
    expect(seen.content.layout).toBe('sequential');
    expect(seen.content.paper).toBe('LETTER');
  });

  it('offers a place and date per town when the towns sign at separate ceremonies', async () => {
    const { user } = renderSetup();
    expect(screen.getByRole('group', { name: 'Both towns' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Each town signs at its own ceremony' }));
    expect(screen.getByRole('group', { name: 'Vienne signs' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Esslingen am Neckar signs' })).toBeInTheDocument();
  });

  it('speaks Romanian when the app does', async () => {
    await useLocale('ro');
    renderSetup();
    expect(screen.getByRole('radio', { name: 'Două coloane alăturate' })).toBeChecked();
    expect(screen.getByLabelText('Limba 1', { selector: 'input' })).toHaveValue('Franceză');
  });
});
