import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '../../i18n/statuses';
import type { Partnership } from '../../../shared/domain/partnership';
import { STATUS_TRANSITIONS } from '../../../shared/domain/partnershipLifecycle';
import { StatusChangeInput } from '../../../shared/ipc/channels/partnerships';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { todayIso } from './dates';

export function StatusModal({ partnership, onClose }: { partnership: Partnership; onClose(): void }) {
  const { t } = useTranslation('partnerships');
  const setStatus = useAppStore((s) => s.setPartnershipStatus);
  const options = STATUS_TRANSITIONS[partnership.status];
  const [status, setStatusValue] = useState<string | null>(options[0] ?? null);
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const change = { id: partnership.id, status, date, note };
  const { submit, errors, failure, saving } = useSubmit(StatusChangeInput, setStatus, change);
  useUnsavedChanges(useChangedSinceOpened(change), t('common:pending.statusChange'));

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(change)) onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('statusChange.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Select
            label={t('statusChange.to')}
            data={options.map((s) => ({ value: s, label: t(statusLabelKey(s)) }))}
            value={status}
            onChange={setStatusValue}
            error={errors.status}
            allowDeselect={false}
            data-autofocus
          />
          <TextInput
            label={t('statusChange.date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date}
          />
          <Textarea
            label={t('statusChange.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
          />
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('statusChange.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
