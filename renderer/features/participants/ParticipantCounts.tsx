import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantCountsView } from '../../../shared/ipc/channels/participants';
import { useFormat } from '../../i18n/format';

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text fw={700} size="xl" component="div">
        {value}
      </Text>
      {hint ? (
        <Text size="xs" component="div">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The counts funders ask for, always beside the register: they follow every change. */
export function ParticipantCounts({ counts }: { counts: ParticipantCountsView }) {
  const { t } = useTranslation('participants');
  const format = useFormat();
  const n = format.number;
  const percent = format.percent(counts.youth.share);
  const list = (title: string, items: { key: string; label: string; count: number }[]) => (
    <Paper withBorder p="sm">
      <Title order={3} size="h6" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('counts.none')}</Text>
      ) : (
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((i) => (
            <Group key={i.key} justify="space-between" component="li" wrap="nowrap">
              <Text size="sm">{i.label}</Text>
              <Text size="sm" fw={600}>
                {n(i.count)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
  return (
    <section aria-label={t('counts.label')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="sm">
        <Figure
          label={t('counts.total')}
          value={n(counts.total)}
          hint={t('counts.cancelled', { count: counts.cancelled })}
        />
        <Figure
          label={t('counts.invitedLocal')}
          value={`${n(counts.invited)} / ${n(counts.local)}`}
          hint={t('counts.invitedLocalHint')}
        />
        <Figure
          label={t('counts.attendedRegistered')}
          value={`${n(counts.attended)} / ${n(counts.registered)}`}
          hint={t('counts.attendedRegisteredHint')}
        />
        <Figure
          label={t('counts.youth')}
          value={percent}
          hint={t('counts.youthHint', {
            count: counts.youth.ageKnown,
            under30: counts.youth.under30,
            known: counts.youth.ageKnown,
          })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {list(
          t('counts.byCountry'),
          counts.byCountry.map((c) => ({
            key: c.country ?? '-',
            label: c.country ? format.country(c.country) : t('counts.noCountry'),
            count: c.count,
          })),
        )}
        {list(
          t('counts.byInvitedTown'),
          counts.byInvitedTown.map((c) => ({
            key: `${c.country ?? ''}|${c.town}`,
            label: c.country ? `${c.town || t('counts.noTown')} (${format.country(c.country)})` : c.town,
            count: c.count,
          })),
        )}
      </SimpleGrid>
    </section>
  );
}
