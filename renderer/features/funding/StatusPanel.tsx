import { Button, Group, Modal, Paper, Stack, Table, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStatusLabelKey } from '../../i18n/statuses';
import { call } from '../../api/client';
import { NEXT_STATUSES, type ApplicationStatus } from '../../../shared/domain/funding/application';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { DateField } from '../../components/DateField';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The application's lifecycle: the steps it may take next, each dated, and its history. */
export function StatusPanel({
  application,
  onMoved,
}: {
  application: ApplicationView;
  onMoved(a: ApplicationView): void;
}) {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const [moving, setMoving] = useState<ApplicationStatus | null>(null);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function move() {
    if (!moving) return;
    setBusy(true);
    try {
      const moved = await call('funding:setApplicationStatus', {
        id: application.id,
        rev: application.rev,
        status: moving,
        date,
        note,
      });
      notifications.show({
        color: 'green',
        message: t('detail.moved', { status: t(applicationStatusLabelKey(moving)) }),
      });
      setMoving(null);
      onMoved(moved);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={3} mb="xs">
        {t('detail.history')}
      </Title>
      <Group mb="sm">
        {NEXT_STATUSES[application.status].map((s) => (
          <Button
            key={s}
            variant="light"
            onClick={() => {
              setMoving(s);
              setDate(today());
              setNote('');
              setError(null);
            }}
          >
            {t('detail.moveTo', { status: t(applicationStatusLabelKey(s)) })}
          </Button>
        ))}
      </Group>
      <Table>
        <Table.Tbody>
          {[...application.history].reverse().map((h, i) => (
            <Table.Tr key={i}>
              <Table.Td w={160}>{format.date(h.date)}</Table.Td>
              <Table.Td fw={600}>{t(applicationStatusLabelKey(h.status))}</Table.Td>
              <Table.Td>{h.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? t('detail.moveTitle', { status: t(applicationStatusLabelKey(moving)) }) : ''}
      >
        <Stack>
          <DateField
            label={t('detail.moveDate')}
            value={date}
            onChange={setDate}
            required
            error={error ?? undefined}
          />
          <Textarea
            label={t('detail.moveNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMoving(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void move()}>
              {moving ? t(applicationStatusLabelKey(moving)) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
