import { Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParticipantOrigin, RegistrationState } from '../../../shared/domain/activities/participant';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { ImportParticipants } from './ImportParticipants';
import { ParticipantCounts } from './ParticipantCounts';
import { ParticipantDialog } from './ParticipantDialog';
import { ParticipantDocuments } from './ParticipantDocuments';
import { ParticipantTable } from './ParticipantTable';
import { useParticipantFilters } from './useParticipantFilters';

const UNDO_VISIBLE_MS = 15_000;

/** The activity's register: counts at hand, filters in the address, add, edit, delete with Undo, import, export, print. */
export function ParticipantsPanel({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation('participants');
  const format = useFormat();
  const register = useAppStore((s) => s.register);
  const load = useAppStore((s) => s.loadParticipants);
  const remove = useAppStore((s) => s.removeParticipant);
  const save = useAppStore((s) => s.saveParticipant);
  const [editing, setEditing] = useState<ParticipantRecord | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mine = register?.activityId === activity.id ? register : null;
  const { filter, set, shown } = useParticipantFilters(mine?.rows ?? []);

  useEffect(() => {
    load(activity.id).catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [activity.id, load, t]);

  const onDelete = useCallback(
    async (p: ParticipantRecord) => {
      try {
        const removed = await remove(p.id);
        const notice = `participant-deleted-${p.id}`;
        const { id: _id, ...again } = removed;
        notifications.show({
          id: notice,
          color: 'green',
          autoClose: UNDO_VISIBLE_MS,
          message: (
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t('delete.done', { name: removed.name })}</Text>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  notifications.hide(notice);
                  save(again).catch((error: unknown) =>
                    notifications.show({ color: 'red', message: errorMessage(error, t) }),
                  );
                }}
              >
                {t('delete.undo')}
              </Button>
            </Stack>
          ),
        });
      } catch (error) {
        notifications.show({ color: 'red', message: errorMessage(error, t) });
      }
    },
    [remove, save, t],
  );
  const onEdit = useCallback((p: ParticipantRecord) => setEditing(p), []);

  if (failure) return <Text c="red">{failure}</Text>;
  if (!mine) return <Loader aria-label={t('common:loading')} />;
  const countries = [...new Set(mine.rows.flatMap((p) => (p.country ? [p.country] : [])))].map((c) => ({
    value: c,
    label: format.country(c),
  }));

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Button onClick={() => setEditing('new')}>{t('add')}</Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('import.button')}
          </Button>
        </Group>
        <ParticipantDocuments activity={activity} counts={mine.counts} />
      </Group>
      <ParticipantCounts counts={mine.counts} />
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('filter.text')}
          value={filter.text}
          onChange={(e) => set('text', e.currentTarget.value)}
          w={220}
        />
        <Select
          label={t('field.registration')}
          clearable
          w={170}
          data={RegistrationState.options.map((s) => ({ value: s, label: t(`state.${s}`) }))}
          value={filter.state}
          onChange={(v) => set('state', v)}
        />
        <Select
          label={t('field.origin')}
          clearable
          w={170}
          data={ParticipantOrigin.options.map((o) => ({ value: o, label: t(`origin.${o}`) }))}
          value={filter.origin}
          onChange={(v) => set('origin', v)}
        />
        <Select
          label={t('field.country')}
          clearable
          searchable
          w={190}
          data={countries}
          value={filter.country}
          onChange={(v) => set('country', v)}
        />
        <Text size="sm" role="status">
          {t('filter.shown', { count: shown.length, total: mine.rows.length })}
        </Text>
      </Group>
      {mine.rows.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <ParticipantTable
          rows={shown}
          startDate={activity.startDate}
          onEdit={onEdit}
          onDelete={(p) => void onDelete(p)}
        />
      )}
      {editing ? (
        <ParticipantDialog
          activity={activity}
          participant={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {importing ? <ImportParticipants activityId={activity.id} onClose={() => setImporting(false)} /> : null}
    </Stack>
  );
}
