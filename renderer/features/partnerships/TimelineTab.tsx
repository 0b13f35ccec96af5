import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership, TimelineEntry } from '../../../shared/domain/partnership';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { TimelineModal } from './TimelineModal';

export function TimelineTab({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const deleteEntry = useAppStore((s) => s.deleteTimelineEntry);
  const [editing, setEditing] = useState<TimelineEntry | 'new' | null>(null);
  const [removing, setRemoving] = useState<TimelineEntry | null>(null);
  const entries = [...partnership.timeline].reverse();

  async function onDelete(entry: TimelineEntry) {
    try {
      await deleteEntry(partnership.id, entry.id);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
    setRemoving(null);
  }

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setEditing('new')}>{t('timeline.add')}</Button>
      </Group>
      {entries.length === 0 ? (
        <Text>{t('timeline.empty')}</Text>
      ) : (
        <Stack gap="xs" role="list" aria-label={t('tabs.timeline')}>
          {entries.map((e) => (
            <Paper withBorder p="sm" key={e.id} role="listitem">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {format.date(e.date)}
                    </Text>
                    <Badge size="sm" variant="light">
                      {t(`timeline.kinds.${e.kind}`)}
                    </Badge>
                  </Group>
                  <Text fw={600}>{e.title}</Text>
                  {e.note && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {e.note}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setEditing(e)}>
                    {t('common:actions.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(e)}>
                    {t('common:actions.delete')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {editing && (
        <TimelineModal
          partnershipId={partnership.id}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('timeline.deleteTitle')}
        message={t('timeline.deleteMessage', { title: removing?.title ?? '' })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => removing && void onDelete(removing)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
