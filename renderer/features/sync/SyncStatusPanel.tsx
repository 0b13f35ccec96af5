import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/domain/sync';
import { useFormat } from '../../i18n/format';

/** How sync goes: its state, when it was last up to date, what is waiting, what went wrong. */
export function SyncStatusPanel({ status }: { status: SyncStatus | null }) {
  const { t } = useTranslation('sync');
  const format = useFormat();
  if (!status) return null;
  const rows: [string, string][] = [
    // Capitalised as a table's value; `state.*` reads inside a sentence ("Sync: off").
    [t('status.state'), t(`stateLabel.${status.state}`)],
    [
      t('status.lastSyncedLabel'),
      status.lastSyncedAt ? format.dateTime(status.lastSyncedAt) : t('status.never'),
    ],
    [t('status.pendingLabel'), status.pending === null ? '—' : format.number(status.pending)],
    [t('status.conflictsLabel'), format.number(status.conflicts)],
  ];
  if (status.access) rows.push([t('access.label'), t(`access.${status.access}`)]);
  if (status.unreadable > 0) rows.push([t('status.unreadableLabel'), format.number(status.unreadable)]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sync-status-title">
      <Title order={3} size="h5" id="sync-status-title" mb="xs">
        {t('status.title')}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {status.error && (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {t(`reason.${status.error.reason}`)}
        </Text>
      )}
    </Paper>
  );
}
