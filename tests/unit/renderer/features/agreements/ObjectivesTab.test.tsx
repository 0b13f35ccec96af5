import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgreementContent, AgreementVersion } from '../../../../../shared/domain/agreement/model';
import { ObjectivesTab } from '../../../../../renderer/features/agreements/ObjectivesTab';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

function renderTab(versions: AgreementVersion[] = []) {
  const seen: { content: AgreementContent } = { content: printableCharter() };
  const onSaveTexts = vi.fn<(id: string, texts: Record<string, string>) => Promise<void>>(async () => {});
  function Harness() {
    const [content, setContent] = useState(seen.content);
    seen.content = content;
    return (
      <ObjectivesTab
        content={content}
        versions={versions}
        flagged={new Set(['objectives.0.texts.fr'])}
        onSaveTexts={onSaveTexts}
        onEdit={(edit) => setContent(edit)}
      />
    );
  }
  renderWithProviders(<Harness />);
  return { user: userEvent.setup(), seen, onSaveTexts };
}

describe('ObjectivesTab', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('shows each objective with a text per charter language and saves a text on the partnership', async () => {
    const { user, seen, onSaveTexts } = renderTab();
    const german = screen.getByLabelText('Text in German');
    expect(german).toHaveValue('Zwei Schüleraustausche im Jahr');
    expect(screen.getByLabelText('Text in French')).toHaveAttribute(
      'placeholder',
      'Deux échanges scolaires par an',
    );
    expect(screen.getByText('Needed to print')).toBeInTheDocument();

    await user.clear(german);
    await user.type(german, 'Zwei Austausche zwischen den Gymnasien');
    await user.tab();
    expect(onSaveTexts).toHaveBeenCalledWith('o1', { de: 'Zwei Austausche zwischen den Gymnasien' });
    expect(seen.content.objectives[0]?.texts.de).toBe('Zwei Austausche zwischen den Gymnasien');
  });

  it('says when the objectives differ from those the last kept version holds', () => {
    const kept = printableCharter();
    renderTab([
      {
        number: 1,
        status: 'sent',
        content: { ...kept, objectives: [] },
        history: [{ status: 'sent', at: '2026-05-01T10:00:00.000Z' }],
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The objectives differ from those kept in version 1: added 1, removed 0, changed 0.',
    );
  });
});
