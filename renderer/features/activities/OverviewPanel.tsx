import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { useFormat } from '../../i18n/format';
import { themeLabelKey } from '../../i18n/themes';
import { useAppStore } from '../../state/store';
import { ActivityStatusText } from './ActivityBadges';
import { ActivityStatusModal } from './ActivityStatusModal';
import { useActivityDates } from './ActivityTable';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** What the activity is, where and with whom, its themes and its dated status history. */
export function OverviewPanel({ activity: a }: { activity: ActivityView }) {
  const { t } = useTranslation('activities');
  const format = useFormat();
  const dates = useActivityDates();
  const organisations = useAppStore((s) => s.organisations);
  const loadOrganisations = useAppStore((s) => s.loadOrganisations);
  const [changing, setChanging] = useState(false);
  useEffect(() => void loadOrganisations().catch(() => undefined), [loadOrganisations]);
  const none = t('detail.none');
  const orgNames = a.organisationIds
    .map((id) => organisations?.find((o) => o.id === id)?.name ?? '')
    .filter(Boolean);
  const venue = [a.venue.name, a.venue.address].filter(Boolean).join(', ');

  return (
    <Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('detail.kind')}>{t(`kind.${a.kind}`)}</Fact>
          <Fact label={t('detail.dates')}>{dates(a)}</Fact>
          <Fact label={t('detail.host')}>{a.hostTown || t('detail.unknown')}</Fact>
          <Fact label={t('detail.venue')}>{venue || none}</Fact>
          <Fact label={t('detail.links')}>
            {a.links.map((l, i) => (
              <span key={l.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/partnerships/${l.id}?tab=activities`} size="sm">
                  {l.title}
                </Anchor>
              </span>
            ))}
          </Fact>
          <Fact label={t('detail.languages')}>{a.languages.map(format.language).join(', ') || none}</Fact>
          <Fact label={t('detail.organisations')}>{orgNames.join(', ') || none}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('detail.themes')}
        </Title>
        {a.themes.length === 0 ? (
          <Text size="sm">{none}</Text>
        ) : (
          <List spacing="xs">
            {a.themes.map((th) => (
              <List.Item key={th.theme}>
                <Text size="sm" span fw={600}>
                  {t(themeLabelKey(th.theme))}
                </Text>
                <Text size="sm" span>
                  {' — '}
                  {th.how}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      {a.notes && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            {t('detail.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.notes}
          </Text>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4">
            {t('detail.history')}
          </Title>
          <Button variant="light" onClick={() => setChanging(true)}>
            {t('detail.changeStatus')}
          </Button>
        </Group>
        <List spacing="xs" listStyleType="none" aria-label={t('detail.history')}>
          {[...a.statusHistory].reverse().map((h, i) => (
            <List.Item key={i}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" w={160}>
                  {format.date(h.date)}
                </Text>
                <ActivityStatusText status={h.status} />
                {h.note && <Text size="sm">{h.note}</Text>}
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
      {changing && <ActivityStatusModal activity={a} onClose={() => setChanging(false)} />}
    </Stack>
  );
}
