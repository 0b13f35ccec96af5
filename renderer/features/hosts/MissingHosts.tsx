import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MissingHosts as Missing } from '../../../shared/ipc/channels/hosts';
import { call } from '../../api/client';
import { useAppStore } from '../../state/store';
import { useActivityDates } from '../activities/ActivityTable';

/** The overview's card: activities ahead with guests still without a host; nothing when every guest has one. */
export function MissingHosts() {
  const { t } = useTranslation('hosts');
  const dates = useActivityDates();
  const version = useAppStore((s) => s.hostsVersion);
  const [rows, setRows] = useState<Missing | null>(null);
  useEffect(() => {
    let live = true;
    call('hosts:missing', {})
      .then((r) => live && setRows(r))
      .catch(() => live && setRows(null));
    return () => {
      live = false;
    };
  }, [version]);
  if (!rows || rows.length === 0) return null;
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="missing-hosts">
      <Title order={3} size="h5" id="missing-hosts" mb="xs">
        {t('missing.title')}
      </Title>
      <Stack gap="xs">
        {rows.map((r) => (
          <Group key={r.activityId} justify="space-between" wrap="nowrap">
            <div>
              <Anchor component={Link} to={`/activities/${r.activityId}?tab=hosts`} fw={600} size="sm">
                {r.title}
              </Anchor>
              <Text size="sm">{dates(r)}</Text>
            </div>
            <Text size="sm" fw={600} c="orange.9">
              {t('missing.line', { count: r.withoutHost, guests: r.guests })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
