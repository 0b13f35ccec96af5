import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { resultText } from './fundingWords';
import { SourceCell } from './ProgrammeSections';

const COLOURS = { pass: 'green', fail: 'red', unknown: 'yellow' } as const;

/** The eligibility check: every rule passes, fails or cannot be judged yet, with the figures and the source. */
export function EligibilityPanel({
  application,
  onChecked,
}: {
  application: ApplicationView;
  onChecked(a: ApplicationView): void;
}) {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const check = application.lastCheck;

  async function run() {
    setBusy(true);
    try {
      onChecked((await call('funding:check', { id: application.id })).application);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('check.title')}</Title>
        <Button onClick={() => void run()} loading={busy}>
          {t('check.run')}
        </Button>
      </Group>
      {!check ? (
        <Text c="dimmed">{t('check.never', { name: application.programmeName })}</Text>
      ) : (
        <>
          <Text mb="xs" role="status">
            <Badge color={COLOURS[check.outcome]} mr="xs">
              {t(`check.outcome.${check.outcome}`)}
            </Badge>
            {t(`check.overall.${check.outcome}`)}{' '}
            <Text span c="dimmed" size="sm">
              {t('check.checkedAt', { date: format.dateTime(check.at), name: application.programmeName })}
            </Text>
          </Text>
          <Table aria-label={t('check.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('check.result')}</Table.Th>
                <Table.Th>{t('check.why')}</Table.Th>
                <Table.Th>{t('check.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.results.map((r) => (
                <Table.Tr key={r.ruleId} data-rule={r.ruleId} data-outcome={r.outcome}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {/* A label that may not clip: its min-content would let the table squeeze it to "PAS…". */}
                    <Badge
                      color={COLOURS[r.outcome]}
                      variant="light"
                      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                    >
                      {t(`check.outcome.${r.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{resultText(t, r, format.country)}</Table.Td>
                  <Table.Td>
                    <SourceCell source={r.source} checked={r.checked} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
