import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { useFormat } from '../../i18n/format';
import { ActivityStatusBadge } from './ActivityBadges';

/** "10 June 2027", or "10 June 2027 – 13 June 2027" for several days. */
export function useActivityDates() {
  const { t } = useTranslation('activities');
  const format = useFormat();
  return (a: Pick<ActivityView, 'startDate' | 'endDate'>) =>
    a.startDate === a.endDate
      ? format.date(a.startDate)
      : t('dates', { start: format.date(a.startDate), end: format.date(a.endDate) });
}

/** The activities as a table, soonest first; `withLinks` false on a partnership's own tab. */
export function ActivityTable({ rows, withLinks = true }: { rows: ActivityView[]; withLinks?: boolean }) {
  const { t } = useTranslation('activities');
  const dates = useActivityDates();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('table.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.title')}</Table.Th>
            <Table.Th>{t('table.dates')}</Table.Th>
            <Table.Th>{t('table.kind')}</Table.Th>
            {withLinks && <Table.Th>{t('table.links')}</Table.Th>}
            <Table.Th>{t('table.host')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/activities/${a.id}`} fw={600}>
                  {a.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{dates(a)}</Table.Td>
              <Table.Td>{t(`kind.${a.kind}`)}</Table.Td>
              {withLinks && <Table.Td>{a.links.map((l) => l.title).join(', ')}</Table.Td>}
              <Table.Td>
                {a.hostTown || (
                  <Text span size="sm" c="dimmed">
                    {t('detail.unknown')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActivityStatusBadge status={a.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
