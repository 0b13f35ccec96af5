import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { CategoriesTab } from '../../../../../renderer/features/money/CategoriesTab';
import { useAppStore } from '../../../../../renderer/state/store';
import { BUILT_IN_CATEGORIES } from '../../../../../shared/domain/budget/categories';
import type { Input } from '../../../../../shared/ipc/contract';
import type { CategoryView } from '../../../../../shared/ipc/channels/moneyViews';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);
const none = { en: '', ro: '', fr: '', de: '' };

/** A core holding the committee's categories, answering as the real one does. */
function committeeCore(uses: Record<string, number> = {}) {
  const saved: Input<'categories:save'>[] = [];
  let list: CategoryView[] = BUILT_IN_CATEGORIES.map((key) => ({
    key,
    builtIn: true,
    id: null,
    rev: null,
    name: '',
    names: none,
    retired: false,
    uses: uses[key] ?? 0,
  }));
  callMock.mockImplementation(
    fakeCore({
      'categories:list': () => list,
      'categories:save': (draft) => {
        saved.push(draft);
        const name = draft.name ?? '';
        if (name.toLowerCase() === 'travel')
          throw new ApiError({
            code: 'VALIDATION',
            message: 'taken',
            issues: [{ path: ['name'], code: 'duplicate_category_name', message: 'taken' }],
          });
        const key = draft.key ?? name.toLowerCase().replace(/\s+/g, '-');
        const old = list.find((c) => c.key === key);
        const record = {
          id: old?.id ?? `id-${key}`,
          rev: (old?.rev ?? 0) + 1,
          key,
          name,
          names: { ...none, ...draft.names },
          retired: draft.retired ?? false,
          updatedAt: '2026-12-07T10:00:00.000Z',
        };
        const view = { ...record, builtIn: old?.builtIn ?? false, uses: uses[key] ?? 0 };
        list = old ? list.map((c) => (c.key === key ? view : c)) : [...list, view];
        return record;
      },
    }) as typeof call,
  );
  return saved;
}

describe('the category editor', () => {
  beforeEach(async () => {
    callMock.mockReset();
    useAppStore.setState({ categories: null });
    await useLocale('en');
  });

  it('adds "Choir costumes", names it per language, and lists it by its name', async () => {
    const saved = committeeCore();
    const user = userEvent.setup();
    renderWithProviders(<CategoriesTab />);
    expect(await screen.findByRole('cell', { name: 'Interpretation and translation' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add category' }));
    const dialog = await screen.findByRole('dialog', { name: 'New category' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name(?! in)/ }), 'Choir costumes');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name in Romanian' }), 'Costume pentru cor');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('cell', { name: 'Choir costumes' })).toBeInTheDocument();
    expect(screen.queryByText('choir-costumes')).not.toBeInTheDocument();
    expect(saved).toEqual([
      { name: 'Choir costumes', names: { ...none, ro: 'Costume pentru cor' }, retired: false },
    ]);
  });

  it('says in words, naming the field, what is wrong with a name, and keeps what she typed', async () => {
    const saved = committeeCore();
    const user = userEvent.setup();
    renderWithProviders(<CategoriesTab />);
    await user.click(await screen.findByRole('button', { name: 'Add category' }));
    const dialog = await screen.findByRole('dialog', { name: 'New category' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter the name of the category.')).toBeInTheDocument();

    const name = within(dialog).getByRole('textbox', { name: /^Name(?! in)/ });
    await user.click(name);
    await user.paste('x'.repeat(81));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Name: at most 80 characters. Shorten it.')).toBeInTheDocument();
    expect(saved).toEqual([]);

    await user.clear(name);
    await user.type(name, 'Travel');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'Another category already has this name. Give the category another name.',
      ),
    ).toBeInTheDocument();
    expect(name).toHaveValue('Travel');
  });

  it('renames and retires a built-in heading under its key, and will not delete a category in use', async () => {
    const saved = committeeCore({ 'choir-costumes': 2 });
    const user = userEvent.setup();
    renderWithProviders(<CategoriesTab />);
    await user.click(await screen.findByRole('button', { name: 'Rename: Travel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit category' });
    expect(within(dialog).getByText(/use the app's heading, “Travel”/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Name(?! in)/ }), 'Coach and train');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('cell', { name: 'Coach and train' })).toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({ key: 'travel', name: 'Coach and train' });

    await user.click(screen.getByRole('button', { name: 'Retire: Coach and train' }));
    expect(await screen.findByText('Retired')).toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({ id: 'id-travel', rev: 1, key: 'travel', retired: true });

    await user.click(screen.getByRole('button', { name: 'Add category' }));
    const add = await screen.findByRole('dialog', { name: 'New category' });
    await user.type(within(add).getByRole('textbox', { name: /^Name(?! in)/ }), 'Choir costumes');
    await user.click(within(add).getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Delete: Choir costumes' }));
    expect(
      await screen.findByText(/“Choir costumes” is used on 2 lines or entries, so it cannot be deleted/),
    ).toBeInTheDocument();
  });

  it('shows the built-in headings in Romanian when the app is in Romanian', async () => {
    await useLocale('ro');
    committeeCore();
    renderWithProviders(<CategoriesTab />);
    expect(await screen.findByRole('cell', { name: 'Cazare' })).toBeInTheDocument();
  });
});
