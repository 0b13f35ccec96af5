import { Alert, Badge, Button, Group, Loader, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { taskUrgency, type TaskUrgency } from '../../../shared/domain/plan/task';
import type { TaskView } from '../../../shared/ipc/channels/planning';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { useMembers } from '../plan/useMembers';
import { memberName, todayIso } from '../plan/memberOptions';
import { TaskDialog } from './TaskDialog';
import { usePlanning } from './usePlanning';

const SHOW = ['open', 'overdue', 'week', 'done', 'all'] as const;
type Show = (typeof SHOW)[number];

const URGENCY_COLOR: Record<TaskUrgency, string> = {
  overdue: 'red',
  thisWeek: 'orange',
  later: 'blue',
  undated: 'gray',
  done: 'green',
};

function shown(task: TaskView, show: Show, today: string): boolean {
  const u = taskUrgency(task, today);
  if (show === 'all') return true;
  if (show === 'done') return u === 'done';
  if (show === 'overdue') return u === 'overdue';
  if (show === 'week') return u === 'thisWeek';
  return u !== 'done';
}

/** The committee's tasks; who and which ones are in the address (?owner=me&show=overdue). */
export function TasksPanel() {
  const { t } = useTranslation('team');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const members = useMembers();
  const me = useAppStore((s) => s.me);
  const setMe = useAppStore((s) => s.setMe);
  const { data: tasks, failed } = usePlanning('tasks:list', {});
  const [editing, setEditing] = useState<TaskView | 'new' | null>(null);
  const show = SHOW.find((s) => s === params.get('show')) ?? 'open';
  const owner = params.get('owner') ?? '';
  const ownerId = owner === 'me' ? me : owner;
  const today = todayIso();
  const setParam = (key: string, value: string, fallback: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const rows = (tasks ?? []).filter(
    (task) => shown(task, show, today) && (ownerId === '' || task.ownerId === ownerId),
  );
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Group align="flex-end">
          <Select
            label={t('filters.me')}
            placeholder={t('filters.chooseMe')}
            data={members.map((m) => ({ value: m.id, label: m.name }))}
            value={me || null}
            onChange={(id) => setMe(id ?? '')}
            w={200}
          />
          <Select
            label={t('filters.owner')}
            data={[
              { value: '', label: t('filters.everyone') },
              ...(me ? [{ value: 'me', label: t('filters.myTasks') }] : []),
              ...members.map((m) => ({ value: m.id, label: m.name })),
            ]}
            value={owner}
            onChange={(v) => setParam('owner', v ?? '', '')}
            allowDeselect={false}
            w={200}
          />
          <SegmentedControl
            aria-label={t('filters.show')}
            data={SHOW.map((s) => ({ value: s, label: t(`filters.${s}`) }))}
            value={show}
            onChange={(v) => setParam('show', v, 'open')}
          />
        </Group>
        <Button onClick={() => setEditing('new')}>{t('task.add')}</Button>
      </Group>
      {failed !== null && (
        <Alert color="red" role="alert">
          {errorMessage(failed, t)}
        </Alert>
      )}
      {!tasks && failed === null && <Loader aria-label={t('common:loading')} />}
      {tasks && rows.length === 0 && <Text c="dimmed">{t('task.none')}</Text>}
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('task.title')}</Table.Th>
              <Table.Th>{t('task.owner')}</Table.Th>
              <Table.Th>{t('task.due')}</Table.Th>
              <Table.Th>{t('task.serves')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((task) => {
              const urgency = taskUrgency(task, today);
              return (
                <Table.Tr key={task.id}>
                  <Table.Td>{task.title}</Table.Td>
                  <Table.Td>
                    {memberName(members, task.ownerId) ||
                      (task.formerOwner ? t('task.formerOwner', { name: task.formerOwner }) : '—')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {task.dueDate ? format.date(task.dueDate) : '—'}
                      <Badge variant="light" color={URGENCY_COLOR[urgency]}>
                        {t(`urgency.${urgency}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {task.linkTitle ||
                      (task.formerLink ? t('task.formerLink', { title: task.formerLink }) : '—')}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(task)}>
                      {t('common:actions.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && <TaskDialog task={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
