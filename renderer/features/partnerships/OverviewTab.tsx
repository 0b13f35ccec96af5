import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { useFormat } from '../../i18n/format';
import { PartnerTownCard } from './PartnerTownCard';
import { StatusSection } from './StatusSection';
import { themeLabelKey } from '../../i18n/themes';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function OverviewTab({ partnership: p }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const council = (id: string) =>
    id === 'home'
      ? t('overview.homeCouncil')
      : t('overview.councilOf', { name: p.partners.find((town) => town.id === id)?.place.name ?? id });

  return (
    <Stack>
      <StatusSection partnership={p} />
      <Section title={t('overview.partners')}>
        <Stack>
          {p.partners.map((town) => (
            <PartnerTownCard key={town.id} town={town} />
          ))}
        </Stack>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('overview.languages')}>
          <Text size="sm">
            {p.languages.length ? p.languages.map(format.language).join(', ') : t('overview.none')}
          </Text>
        </Section>
        <Section title={t('overview.themes')}>
          <Group gap={6}>
            {p.themes.length ? (
              p.themes.map((th) => (
                <Badge key={th} variant="light">
                  {t(themeLabelKey(th))}
                </Badge>
              ))
            ) : (
              <Text size="sm">{t('overview.none')}</Text>
            )}
          </Group>
        </Section>
        <Section title={t('overview.signings')}>
          {p.signings.length === 0 ? (
            <Text size="sm">{t('overview.noSignings')}</Text>
          ) : (
            <Stack gap={4}>
              {p.signings.map((s) => (
                <Text size="sm" key={s.id}>
                  {t('overview.signingLine', { date: format.partialDate(s.date), place: s.place || '—' })}
                  {s.note && ` · ${s.note}`}
                </Text>
              ))}
            </Stack>
          )}
        </Section>
        <Section title={t('overview.resolutions')}>
          {p.resolutions.length === 0 ? (
            <Text size="sm">{t('overview.noResolutions')}</Text>
          ) : (
            <Table>
              <Table.Tbody>
                {p.resolutions.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{council(r.council)}</Table.Td>
                    <Table.Td>{r.number}</Table.Td>
                    <Table.Td>{format.date(r.date)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
      </SimpleGrid>
      {p.notes && (
        <Section title={t('overview.notes')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {p.notes}
          </Text>
        </Section>
      )}
    </Stack>
  );
}
