import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { TaskCards } from '../../../../../renderer/features/home/TaskCards';
import { useAppStore } from '../../../../../renderer/state/store';
import type { TaskView } from '../../../../../shared/ipc/channels/planning';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const task = (id: string, ownerId: string | null, status: 'open' | 'done' = 'open'): TaskView => ({
  id,
  title: `Task ${id}`,
  ownerId,
  dueDate: null,
  status,
  link: null,
  notes: '',
  formerOwner: '',
  formerLink: '',
  doneOn: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  rev: 1,
  updatedAt: '2026-01-05T10:00:00.000Z',
  linkTitle: '',
});

const draw = () =>
  renderWithProviders(
    <MemoryRouter>
      <TaskCards />
    </MemoryRouter>,
  );

describe('the Overview’s task cards', () => {
  beforeEach(async () => {
    await useLocale('en');
    vi.mocked(call).mockReset();
    vi.mocked(call).mockImplementation(
      async (channel) =>
        (channel === 'tasks:list'
          ? [task('a', 'm-ana'), task('b', 'm-ana', 'done'), task('c', 'm-ion')]
          : { members: [] }) as never,
    );
  });

  it('shows her own open tasks once she has said which member she is, linking to them on the Team page', async () => {
    useAppStore.setState({ me: 'm-ana' });
    draw();
    const mine = await screen.findByRole('region', { name: 'My tasks' });
    expect(mine).toHaveTextContent('Task a');
    expect(mine).not.toHaveTextContent('Task b');
    expect(mine).not.toHaveTextContent('Task c');
    expect(screen.getByRole('link', { name: 'See the task' })).toHaveAttribute(
      'href',
      '/team?show=open&owner=me',
    );
  });

  it('leaves her tasks out while nobody is chosen', async () => {
    useAppStore.setState({ me: '' });
    draw();
    expect(await screen.findByRole('region', { name: 'Overdue tasks' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'My tasks' })).toBeNull();
  });
});
