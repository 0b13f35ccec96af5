import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../shared/domain/plan/plan';
import { compareYears } from '../../../shared/domain/plan/rollover';
import { useFormat } from '../../i18n/format';

/** Year on year: what each year planned, did, carried and dropped, and when it was reviewed. */
export function PlanYearsTable({ plan }: { plan: PlanRecord }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const rows = compareYears(plan);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t('compare.title')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compare.year')}</Table.Th>
            <Table.Th>{t('compare.planned')}</Table.Th>
            <Table.Th>{t('compare.done')}</Table.Th>
            <Table.Th>{t('compare.carried')}</Table.Th>
            <Table.Th>{t('compare.dropped')}</Table.Th>
            <Table.Th>{t('compare.open')}</Table.Th>
            <Table.Th>{t('compare.reviewed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.year}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>{format.number(r.planned)}</Table.Td>
              <Table.Td>{format.number(r.done)}</Table.Td>
              <Table.Td>{format.number(r.carried)}</Table.Td>
              <Table.Td>{format.number(r.dropped)}</Table.Td>
              <Table.Td>{format.number(r.open)}</Table.Td>
              <Table.Td>
                {r.reviewedOn ? (
                  format.date(r.reviewedOn)
                ) : (
                  <Text c="dimmed" span>
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {plan.reviews.length > 0 && (
        <Text size="sm" mt="sm">
          {t('compare.lastReview', {
            date: format.date(plan.reviews.at(-1)!.meetingDate),
            done: plan.reviews.at(-1)!.done || '—',
          })}
        </Text>
      )}
    </Paper>
  );
}
