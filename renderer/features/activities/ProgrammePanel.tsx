import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sortedProgramme } from '../../../shared/domain/activities/activity';
import { daysBetween } from '../../../shared/domain/activities/dates';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { useFormat } from '../../i18n/format';

/** The day-by-day programme as typed, in date order, each day's items by time. */
export function ProgrammePanel({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation('activities');
  const format = useFormat();
  const days = sortedProgramme(activity.programme);
  if (days.length === 0) return <Text>{t('detail.noProgramme')}</Text>;
  return (
    <Stack>
      {days.map((day) => (
        <Paper key={day.date} withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            {t('detail.dayHeading', {
              n: daysBetween(activity.startDate, day.date) + 1,
              date: format.date(day.date),
            })}
          </Title>
          {day.items.length === 0 ? (
            <Text size="sm">{t('detail.freeDay')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('form.time')}</Table.Th>
                  <Table.Th>{t('form.itemTitle')}</Table.Th>
                  <Table.Th>{t('form.place')}</Table.Th>
                  <Table.Th>{t('form.itemNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {day.items.map((item, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{item.time}</Table.Td>
                    <Table.Td fw={600}>{item.title}</Table.Td>
                    <Table.Td>{item.place}</Table.Td>
                    <Table.Td>{item.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
