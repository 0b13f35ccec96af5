import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClauseEditor } from '../../../../../renderer/features/agreements/ClauseEditor';
import type { Edit } from '../../../../../renderer/features/agreements/draftEdits';
import { renderWithProviders, useLocale } from '../../helpers/render';
import { printableCharter } from './content';

describe('ClauseEditor', () => {
  beforeEach(async () => {
    await useLocale('en');
  });

  it('gives each language its name, then its own way back to the library text, and resets only that language', async () => {
    const content = printableCharter();
    const edited = structuredClone(content);
    edited.texts.de!.clauses.preamble.body = 'Von Hand umgeschrieben';
    edited.texts.fr!.clauses.preamble.body = 'Réécrit à la main';
    const onEdit = vi.fn<(edit: Edit) => void>();
    renderWithProviders(
      <ClauseEditor content={edited} clause="preamble" flagged={new Set()} onEdit={onEdit} />,
    );

    const german = screen.getByRole('group', { name: 'Preamble in German' });
    const [name, reset] = [
      within(german).getByText('German'),
      within(german).getByRole('button', { name: 'Reset to library text' }),
    ];
    // The link sits under the name, whatever the length of either.
    expect(name.compareDocumentPosition(reset) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(reset);

    const after = onEdit.mock.calls[0]![0](edited);
    expect(after.texts.de!.clauses.preamble.body).toBe(content.texts.de!.clauses.preamble.body);
    expect(after.texts.fr!.clauses.preamble.body).toBe('Réécrit à la main');
  });
});
