import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';

/** Long enough to notice and reach the Undo button; the core keeps the deletion for longer. */
const UNDO_VISIBLE_MS = 15_000;

/**
 * Deletes an activity: at once when nobody is registered, after asking when it has
 * participants (they go with it); either way a notification offers Undo.
 */
export function useActivityDelete(activity: ActivityView | null) {
  const { t } = useTranslation('activities');
  const navigate = useNavigate();
  const remove = useAppStore((s) => s.removeActivity);
  const restore = useAppStore((s) => s.restoreActivity);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function undo(id: string, notice: string) {
    notifications.hide(notice);
    try {
      const back = await restore(id);
      notifications.show({ color: 'green', message: t('delete.restored', { title: back.title }) });
      void navigate(`/activities/${back.id}`);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  }

  async function run() {
    if (!activity) return;
    setBusy(true);
    try {
      const removed = await remove(activity.id);
      const notice = `activity-deleted-${removed.id}`;
      notifications.show({
        id: notice,
        color: 'green',
        autoClose: UNDO_VISIBLE_MS,
        message: (
          <Stack gap={6} align="flex-start">
            <Text size="sm">{t('delete.done', { title: removed.title })}</Text>
            <Button size="xs" variant="light" onClick={() => void undo(removed.id, notice)}>
              {t('delete.undo')}
            </Button>
          </Stack>
        ),
      });
      void navigate('/activities');
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return {
    /** The Delete button's action. */
    ask: () => (activity && activity.participants > 0 ? setConfirming(true) : void run()),
    confirm: () => void run(),
    cancel: () => setConfirming(false),
    confirming,
    busy,
  };
}
