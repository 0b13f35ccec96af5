import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import type { GrantEstimateView } from '../../../shared/ipc/channels/funding';
import { errorMessage } from '../../forms/useSubmit';
import { estimateBasis } from './fundingWords';

/** The grant estimate from the programme's amount model, with its breakdown. */
export function EstimatePanel({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation('funding');
  const [estimate, setEstimate] = useState<GrantEstimateView | null>(null);
  const [busy, setBusy] = useState(false);
  const money = (amount: number) =>
    formatMoney({ amount, currency: (estimate?.currency ?? 'EUR') as CurrencyCode }, i18n.language);

  async function run() {
    setBusy(true);
    try {
      setEstimate(await call('funding:estimate', { id: applicationId }));
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('estimate.title')}</Title>
        <Button variant="light" onClick={() => void run()} loading={busy}>
          {t('estimate.run')}
        </Button>
      </Group>
      {estimate && (
        <>
          <Text fw={700} role="status">
            {estimate.total === null
              ? t('estimate.noTotal')
              : t('estimate.total', { amount: money(estimate.total) })}
          </Text>
          {!estimate.complete && (
            <Text fw={600} fs="italic">
              {t('estimate.incomplete')}
            </Text>
          )}
          <Table mt="xs" aria-label={t('estimate.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('estimate.part')}</Table.Th>
                <Table.Th>{t('estimate.basis')}</Table.Th>
                <Table.Th>{t('check.result')}</Table.Th>
                <Table.Th ta="right">{t('estimate.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {estimate.lines.map((l) => (
                <Table.Tr key={l.partId}>
                  <Table.Td>{t(`estimate.kind.${l.kind}`)}</Table.Td>
                  <Table.Td>{estimateBasis(t, l)}</Table.Td>
                  <Table.Td>{t(`estimate.status.${l.status}`)}</Table.Td>
                  <Table.Td ta="right">{l.amount === null ? '—' : money(l.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
