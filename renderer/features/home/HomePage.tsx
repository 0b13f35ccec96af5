import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberRole } from '../../../shared/domain/committee';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { NextActivities } from '../activities/NextActivities';
import { MissingHosts } from '../hosts/MissingHosts';
import { FundingDeadlines } from '../funding/FundingDeadlines';
import { RegistryDashboard } from '../partnerships/RegistryDashboard';
import { roleTitle } from '../../i18n/roles';
import { FirstSteps } from './FirstSteps';
import { MoneyCards } from './MoneyCards';
import { TaskCards } from './TaskCards';

export function HomePage() {
  const { t } = useTranslation('home');
  const format = useFormat();
  const profile = useAppStore((s) => s.profile);
  const status = useAppStore((s) => s.status);
  const loadCommittee = useAppStore((s) => s.loadCommittee);

  useEffect(() => {
    void loadCommittee();
  }, [loadCommittee]);

  const town = profile?.municipality;
  const committee = profile?.committee;
  const members = profile?.members ?? [];

  return (
    <>
      <PageHeader
        title={committee?.name ?? t('welcome')}
        subtitle={
          town ? t('townLine', { name: town.name, country: format.country(town.country) }) : t('intro')
        }
      />
      <FirstSteps />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('town.title')}
          </Title>
          {town ? (
            <Stack gap={4}>
              <Text fw={600}>{town.name}</Text>
              <Text size="sm">{[town.region, format.country(town.country)].filter(Boolean).join(', ')}</Text>
              {town.population !== null && (
                <Text size="sm">
                  {t('town.population', {
                    count: town.population,
                    formatted: format.number(town.population),
                  })}
                </Text>
              )}
              <Text size="sm">{town.languages.map(format.language).join(', ')}</Text>
            </Stack>
          ) : (
            <Anchor component={Link} to="/committee">
              {t('town.setUp')}
            </Anchor>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('team.title')}
          </Title>
          {members.length === 0 ? (
            <Anchor component={Link} to="/committee">
              {t('team.setUp')}
            </Anchor>
          ) : (
            <Stack gap={6}>
              <Text size="sm">{t('team.count', { count: members.length })}</Text>
              <Group gap={6}>
                {MemberRole.options
                  .filter((role) => role !== 'member')
                  .map((role) => {
                    const holder = members.find((m) => m.role === role);
                    return (
                      <Badge
                        key={role}
                        variant={holder ? 'light' : 'outline'}
                        color={holder ? 'indigo' : 'orange'}
                      >
                        {t('team.holder', {
                          role: roleTitle(t, role, holder?.address),
                          name: holder?.name ?? t('team.vacant'),
                        })}
                      </Badge>
                    );
                  })}
              </Group>
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('data.title')}
          </Title>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {status?.dataDir}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t(status?.sample ? 'data.sampleHint' : 'data.hint')}
          </Text>
        </Paper>
      </SimpleGrid>
      <NextActivities />
      <TaskCards />
      <FundingDeadlines />
      <MoneyCards />
      <MissingHosts />
      <RegistryDashboard />
    </>
  );
}
