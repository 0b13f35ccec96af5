import { Alert, Anchor, Group, List, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { Money } from '../../../shared/domain/money/money';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { useFormat } from '../../i18n/format';
import { useCall } from './useCall';

/**
 * The grant as budget income: requested, awarded, advanced and paid as the application records
 * them, next to the income the ledger holds against it, in the application's currency. An
 * amount without a rate is named and left out of the total, never converted at 1.
 */
export function GrantIncomePanel({ application: app }: { application: ApplicationView }) {
  const { t, i18n } = useTranslation('funding');
  const format = useFormat();
  const { data: income, failure } = useCall('funding:grantIncome', { id: app.id });
  const money = (m: Money | null) => (m ? formatMoney(m, i18n.language) : '—');
  const row = (label: string, m: Money | null, strong = false) => (
    <Group key={label} justify="space-between">
      <Text fw={strong ? 700 : undefined}>{label}</Text>
      <Text fw={strong ? 700 : 600}>{money(m)}</Text>
    </Group>
  );
  const gap =
    income?.paid && income.paid.amount !== income.booked.amount
      ? income.paid.amount - income.booked.amount
      : 0;
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="xs">
        {t('detail.amounts')}
      </Title>
      {row(t('detail.requested'), app.amounts.requested)}
      {row(t('detail.awarded'), app.amounts.awarded)}
      {row(t('detail.advanced'), app.amounts.advanced)}
      {row(t('detail.paid'), app.amounts.paid)}
      {row(t('detail.plannedCosts'), app.plannedCosts)}
      {failure && (
        <Text c="red" role="alert">
          {failure}
        </Text>
      )}
      {income && (
        <>
          {row(t('grantIncome.booked'), income.booked, true)}
          {gap !== 0 && (
            <Text size="sm" c="dimmed">
              {gap > 0
                ? t('grantIncome.notBooked', { amount: money({ amount: gap, currency: income.currency }) })
                : t('grantIncome.bookedMore', { amount: money({ amount: -gap, currency: income.currency }) })}
            </Text>
          )}
          {income.unconverted.length > 0 && (
            <Alert
              color="orange"
              mt="xs"
              title={t('grantIncome.unconvertedTitle', { count: income.unconverted.length })}
            >
              <List size="sm">
                {income.unconverted.map((u) => (
                  <List.Item key={u.id}>
                    {money(u.amount)} ({format.date(u.date)}) –{' '}
                    {t('money:noRate', { from: u.missing.from, to: u.missing.to, date: format.date(u.date) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {income.entries.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('grantIncome.none')}
            </Text>
          ) : (
            <Table mt="xs">
              <Table.Caption>{t('grantIncome.caption', { currency: income.currency })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('grantIncome.date')}</Table.Th>
                  <Table.Th>{t('grantIncome.payer')}</Table.Th>
                  <Table.Th ta="right">{t('grantIncome.amount')}</Table.Th>
                  <Table.Th ta="right">{t('grantIncome.converted', { currency: income.currency })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {income.entries.map((e) => (
                  <Table.Tr key={e.entryId}>
                    <Table.Td>{format.date(e.date)}</Table.Td>
                    <Table.Td>{e.counterparty}</Table.Td>
                    <Table.Td ta="right">{money(e.amount)}</Table.Td>
                    <Table.Td ta="right">
                      {e.converted ? money(e.converted) : t('grantIncome.noRate')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {income.plannedIn.map((p) => (
            <Text key={p.planId} size="sm" mt={4}>
              {t('grantIncome.plannedIn', { year: p.year })}
            </Text>
          ))}
          <Anchor component={Link} to="/money?tab=ledger&direction=income&category=grant" size="sm">
            {t('grantIncome.openLedger')}
          </Anchor>
        </>
      )}
    </Paper>
  );
}
