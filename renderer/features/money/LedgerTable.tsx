import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { LedgerRecord } from '../../../shared/ipc/channels/moneyViews';
import { call } from '../../api/client';
import { download } from '../../api/files';
import { useFormat } from '../../i18n/format';
import { useCategories } from './useCategories';

/** The ledger's rows: each amount in its own currency, who paid, what is owed back, the receipt. */
export function LedgerTable(props: {
  rows: readonly LedgerRecord[];
  onEdit(entry: LedgerRecord): void;
  onDelete(entry: LedgerRecord): void;
}) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const format = useFormat();
  const openReceipt = async (e: LedgerRecord) => {
    if (!e.receipt) return;
    const file = await call('ledger:receipt', { attachmentId: e.receipt.attachmentId });
    download(file.bytes, e.receipt.fileName, file.mediaType);
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('entry.date')}</Table.Th>
            <Table.Th>{t('ledger.counterparty')}</Table.Th>
            <Table.Th>{t('ledger.categoryOrSource')}</Table.Th>
            <Table.Th ta="right">{t('entry.amount')}</Table.Th>
            <Table.Th>{t('entry.paidBy')}</Table.Th>
            <Table.Th>{t('entry.receipt')}</Table.Th>
            <Table.Th>{t('actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((e) => {
            const volunteer = e.direction === 'expense' && e.paidBy.kind === 'volunteer' ? e.paidBy : null;
            const owed = volunteer ? e.amount.amount - Math.min(volunteer.reimbursed, e.amount.amount) : 0;
            return (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(e.date)}</Table.Td>
                <Table.Td>{e.counterparty}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={e.direction === 'income' ? 'teal' : 'gray'} mr={6} size="sm">
                    {t(`direction.${e.direction}`)}
                  </Badge>
                  {e.direction === 'expense'
                    ? categories.name(e.category)
                    : e.source.name || t(`incomeKind.${e.source.kind}`)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(e.amount, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {volunteer ? (
                    <>
                      <Text size="sm">{volunteer.name}</Text>
                      {owed > 0 && (
                        <Text size="xs" c="red.9">
                          {t('ledger.owed', {
                            amount: formatMoney({ amount: owed, currency: e.amount.currency }, i18n.language),
                          })}
                        </Text>
                      )}
                    </>
                  ) : e.direction === 'expense' ? (
                    t('entry.paidByCommittee')
                  ) : (
                    ''
                  )}
                </Table.Td>
                <Table.Td>
                  {e.receipt && (
                    <Button size="compact-xs" variant="subtle" onClick={() => void openReceipt(e)}>
                      {e.receipt.fileName}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => props.onEdit(e)}>
                      {t('edit')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => props.onDelete(e)}>
                      {t('delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
