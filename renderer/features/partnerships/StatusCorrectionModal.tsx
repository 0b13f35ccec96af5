import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { StatusCorrectionInput } from '../../../shared/ipc/channels/partnerships';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { statusLabelKey } from '../../i18n/statuses';
import { useAppStore } from '../../state/store';

/** The name the secretary gave last time, kept on this device only, so corrections say who made them. */
const BY_KEY = 'twinning-desk.corrected-by';

/** Corrects the day or note of one recorded status change; the history keeps what it said before. */
export function StatusCorrectionModal({
  partnership,
  index,
  onClose,
}: {
  partnership: Partnership;
  index: number;
  onClose(): void;
}) {
  const { t } = useTranslation('partnerships');
  const correct = useAppStore((s) => s.correctPartnershipStatus);
  const entry = partnership.statusHistory[index];
  const [date, setDate] = useState(entry?.date ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [by, setBy] = useState(() => localStorage.getItem(BY_KEY) ?? '');
  const correction = { id: partnership.id, index, date, note, by };
  const { submit, errors, failure, saving } = useSubmit(StatusCorrectionInput, correct, correction);
  if (!entry) return null;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(correction)) {
      localStorage.setItem(BY_KEY, by.trim());
      onClose();
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('statusCorrection.title', { status: t(statusLabelKey(entry.status)) })}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">
            {entry.entered ? t('statusCorrection.enteredHint') : t('statusCorrection.hint')}
          </Text>
          <TextInput
            label={t('statusCorrection.date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date}
            data-autofocus
          />
          <Textarea
            label={t('statusChange.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
          />
          <TextInput
            label={t('statusCorrection.by')}
            description={t('statusCorrection.byHint')}
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={errors.by}
          />
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('statusCorrection.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
