import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '../../i18n/statuses';
import { Link } from 'react-router';
import { PartnershipStatus } from '../../../shared/domain/partnership';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { StatusBadge } from './PartnershipBadges';

/** The registry on the home screen: round anniversaries ahead, links going quiet, counts by status. */
export function RegistryDashboard() {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const dashboard = useAppStore((s) => s.dashboard);
  const loadDashboard = useAppStore((s) => s.loadDashboard);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    loadDashboard().catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [loadDashboard, t]);

  if (failure)
    return (
      <Alert color="red" role="alert" mt="md">
        {failure}
      </Alert>
    );
  if (!dashboard) return null;

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} mt="md">
      <Paper withBorder p="md" component="section" aria-labelledby="anniversaries-title">
        <Title order={3} size="h5" mb="xs" id="anniversaries-title">
          {t('home.anniversaries')}
        </Title>
        {dashboard.anniversaries.length === 0 ? (
          <Text size="sm">{t('home.noAnniversaries')}</Text>
        ) : (
          <Stack gap={6} role="list">
            {dashboard.anniversaries.slice(0, 12).map((a) => (
              <div role="listitem" key={`${a.partnershipId}-${a.years}`}>
                <Anchor component={Link} to={`/partnerships/${a.partnershipId}`} size="sm" fw={600}>
                  {t('home.anniversary', { years: a.years, title: a.title })}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.date === null
                    ? t('home.anniversaryInYear', { year: a.year })
                    : t('home.anniversaryWhen', { date: format.date(a.date), count: a.daysAhead })}
                </Text>
              </div>
            ))}
            {dashboard.anniversaries.length > 12 && (
              <Text size="xs">{t('home.more', { count: dashboard.anniversaries.length - 12 })}</Text>
            )}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="dormant-title">
        <Title order={3} size="h5" mb="xs" id="dormant-title">
          {t('home.dormant')}
        </Title>
        {dashboard.total === 0 ? (
          <Text size="sm">{t('home.noLinks')}</Text>
        ) : dashboard.dormant.length === 0 ? (
          <Text size="sm">{t('home.noDormant', { count: dashboard.dormantAfterMonths })}</Text>
        ) : (
          <Stack gap={6} role="list">
            <Text size="xs" c="dimmed">
              {t('home.dormantIntro', { count: dashboard.dormantAfterMonths })}
            </Text>
            {dashboard.dormant.map((d) => (
              <div role="listitem" key={d.partnershipId}>
                <Anchor component={Link} to={`/partnerships/${d.partnershipId}`} size="sm" fw={600}>
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.lastActivity
                    ? t('home.lastActivity', { date: format.date(d.lastActivity) })
                    : t('home.noActivity')}
                </Text>
              </div>
            ))}
            {dashboard.dormantTotal > dashboard.dormant.length && (
              <Text size="xs">
                {t('home.more', { count: dashboard.dormantTotal - dashboard.dormant.length })}
              </Text>
            )}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="counts-title">
        <Title order={3} size="h5" mb="xs" id="counts-title">
          {t('home.counts')}
        </Title>
        <Text size="sm" mb="xs">
          {t('home.total', { count: dashboard.total, formatted: format.number(dashboard.total) })}
        </Text>
        <Stack gap={4}>
          {PartnershipStatus.options.map((s) => (
            <Group key={s} justify="space-between">
              <StatusBadge status={s} />
              <Badge
                variant="transparent"
                color="dark"
                role="img"
                aria-label={t('home.countOf', {
                  status: t(statusLabelKey(s)),
                  count: dashboard.counts[s] ?? 0,
                })}
              >
                {format.number(dashboard.counts[s] ?? 0)}
              </Badge>
            </Group>
          ))}
        </Stack>
        <Anchor component={Link} to="/partnerships" size="sm" mt="xs" display="block">
          {t('home.open')}
        </Anchor>
      </Paper>
    </SimpleGrid>
  );
}
