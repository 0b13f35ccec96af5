import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { usePlanning } from './usePlanning';

/** The committee's meetings, the latest first. */
export function MeetingsPanel() {
  const { t } = useTranslation('team');
  const format = useFormat();
  const { data: meetings, failed } = usePlanning('meetings:list', {});
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button component={Link} to="/team/meetings/new">
          {t('meeting.new')}
        </Button>
      </Group>
      {failed !== null && (
        <Alert color="red" role="alert">
          {errorMessage(failed, t)}
        </Alert>
      )}
      {!meetings && failed === null && <Loader aria-label={t('common:loading')} />}
      {meetings?.length === 0 && <Text c="dimmed">{t('meeting.none')}</Text>}
      {meetings && meetings.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meeting.date')}</Table.Th>
              <Table.Th>{t('meeting.title')}</Table.Th>
              <Table.Th>{t('meeting.place')}</Table.Th>
              <Table.Th>{t('meeting.decisions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{format.date(m.date)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/team/meetings/${m.id}`}>
                    {m.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td>{format.number(m.decisions.length)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
