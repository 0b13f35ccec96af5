import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../partnerships/dates';
import { ActivityStatusBadge } from './ActivityBadges';
import { useActivityDates } from './ActivityTable';
import { useActivityList } from './useActivityList';

/** How many the overview lists; the Activities area has the rest. */
const SHOWN = 5;

/** The overview's next activities: those not yet over, soonest first, cancelled ones left out. */
export function NextActivities() {
  const { t } = useTranslation('activities');
  const dates = useActivityDates();
  const filter = useMemo(() => ({ from: todayIso() }), []);
  const { rows } = useActivityList(filter);
  const next = (rows ?? []).filter((a) => a.status !== 'cancelled').slice(0, SHOWN);
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="next-activities">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="next-activities">
          {t('next.title')}
        </Title>
        <Anchor component={Link} to="/activities" size="sm">
          {t('next.all')}
        </Anchor>
      </Group>
      {rows && next.length === 0 && <Text size="sm">{t('next.empty')}</Text>}
      <Stack gap="xs">
        {next.map((a) => (
          <Group key={a.id} justify="space-between" wrap="nowrap">
            <div>
              <Anchor component={Link} to={`/activities/${a.id}`} fw={600} size="sm">
                {a.title}
              </Anchor>
              <Text size="sm">
                {[...new Set([dates(a), a.hostTown, a.links.map((l) => l.title).join(', ')])]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <ActivityStatusBadge status={a.status} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
