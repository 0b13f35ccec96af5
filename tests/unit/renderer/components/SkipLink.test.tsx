import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SkipLink } from '../../../../renderer/components/SkipLink';
import { renderWithProviders } from '../helpers/render';

describe('the skip link', () => {
  it('is the first Tab stop and takes the keyboard past the navigation to the content', async () => {
    renderWithProviders(
      <>
        <SkipLink label="Skip to content" targetId="main" />
        <nav>
          <a href="#/committee">Committee</a>
          <a href="#/partnerships">Partnerships</a>
        </nav>
        <main id="main" tabIndex={-1}>
          <button type="button">Save</button>
        </main>
      </>,
    );
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Skip to content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });
});
