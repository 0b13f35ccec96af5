import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { STATUS_TRANSITIONS } from '../../../shared/domain/partnershipLifecycle';
import { useFormat } from '../../i18n/format';
import { statusLabelKey } from '../../i18n/statuses';
import { StatusText } from './PartnershipBadges';
import { StatusCorrectionModal } from './StatusCorrectionModal';
import { StatusModal } from './StatusModal';

export function StatusSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const [changing, setChanging] = useState(false);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const next = STATUS_TRANSITIONS[partnership.status];
  // Newest first: the secretary wants to see where the link stands now.
  const history = partnership.statusHistory.map((h, index) => ({ ...h, index })).reverse();

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('overview.history')}
        </Title>
        <Button size="xs" onClick={() => setChanging(true)} disabled={next.length === 0}>
          {t('overview.changeStatus')}
        </Button>
      </Group>
      <Table aria-label={t('overview.history')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statusChange.date')}</Table.Th>
            <Table.Th>{t('statusChange.status')}</Table.Th>
            <Table.Th>{t('statusChange.note')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('statusCorrection.column')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((h) => (
            <Table.Tr key={h.index}>
              <Table.Td>
                {format.date(h.date)}
                {h.entered && (
                  <Text size="xs" c="dimmed">
                    {t('statusCorrection.entered')}
                  </Text>
                )}
                {h.corrections && (
                  <Text size="xs" c="dimmed">
                    {t('statusCorrection.corrected', {
                      count: h.corrections.length,
                      by: h.corrections.at(-1)?.by || t('statusCorrection.someone'),
                      date: format.date((h.corrections.at(-1)?.at ?? '').slice(0, 10)),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusText status={h.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{h.note}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setCorrecting(h.index)}
                  aria-label={t('statusCorrection.open', {
                    status: t(statusLabelKey(h.status)),
                    date: format.date(h.date),
                  })}
                >
                  {t('statusCorrection.button')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changing && <StatusModal partnership={partnership} onClose={() => setChanging(false)} />}
      {correcting !== null && (
        <StatusCorrectionModal
          partnership={partnership}
          index={correcting}
          onClose={() => setCorrecting(null)}
        />
      )}
    </Paper>
  );
}
