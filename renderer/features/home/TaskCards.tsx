import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { urgentTasks } from '../../../shared/domain/plan/task';
import type { TaskView } from '../../../shared/ipc/channels/planning';
import { useFormat } from '../../i18n/format';
import { useMembers } from '../plan/useMembers';
import { memberName, todayIso } from '../plan/memberOptions';
import { useAppStore } from '../../state/store';
import { usePlanning } from '../team/usePlanning';

/**
 * The Overview's task cards: what is overdue, what is due this week, and, once she has said
 * which member she is (on the Team page), her own open tasks.
 */
export function TaskCards() {
  const { t } = useTranslation('team');
  const { data: tasks } = usePlanning('tasks:list', {});
  const me = useAppStore((s) => s.me);
  if (!tasks || tasks.length === 0) return null;
  const { overdue, thisWeek } = urgentTasks(tasks, todayIso());
  const mine = me
    ? tasks
        .filter((task) => task.ownerId === me && task.status === 'open')
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    : null;
  return (
    <SimpleGrid cols={{ base: 1, md: mine ? 3 : 2 }} mt="md">
      {mine && (
        <TaskCard
          title={t('overview.mine')}
          empty={t('overview.noneMine')}
          tasks={mine}
          query="show=open&owner=me"
        />
      )}
      <TaskCard
        title={t('overview.overdue')}
        empty={t('overview.noneOverdue')}
        tasks={overdue}
        query="show=overdue"
      />
      <TaskCard
        title={t('overview.thisWeek')}
        empty={t('overview.noneThisWeek')}
        tasks={thisWeek}
        query="show=week"
      />
    </SimpleGrid>
  );
}

function TaskCard({
  title,
  empty,
  tasks,
  query,
}: {
  title: string;
  empty: string;
  tasks: TaskView[];
  /** The Team page's filters for the whole list. */
  query: string;
}) {
  const { t } = useTranslation('team');
  const format = useFormat();
  const members = useMembers();
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={4}>
          {tasks.slice(0, 5).map((task) => (
            <Text size="sm" key={task.id}>
              {t('overview.line', {
                title: task.title,
                due: task.dueDate ? format.date(task.dueDate) : '',
                owner: memberName(members, task.ownerId, task.formerOwner) || t('task.noOwner'),
              })}
            </Text>
          ))}
          <Anchor component={Link} to={`/team?${query}`} size="sm">
            {t('overview.all', { count: tasks.length })}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
