import {
  Anchor,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ACTIVITY_TIMELINE_KINDS,
  TimelineDraft,
  TimelineKind,
  type TimelineEntry,
} from '../../../shared/domain/partnership';
import { DateField } from '../../components/DateField';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { todayIso } from './dates';

export function TimelineModal({
  partnershipId,
  entry,
  onClose,
}: {
  partnershipId: string;
  entry: TimelineEntry | null;
  onClose(): void;
}) {
  const { t } = useTranslation('partnerships');
  const saveEntry = useAppStore((s) => s.saveTimelineEntry);
  const [values, setValues] = useState({
    date: entry?.date ?? todayIso(),
    kind: entry?.kind ?? 'meeting',
    title: entry?.title ?? '',
    note: entry?.note ?? '',
  });
  const draft = { partnershipId, ...(entry ? { id: entry.id } : {}), ...values };
  const { submit, errors, failure, saving } = useSubmit(TimelineDraft, saveEntry, draft);
  useUnsavedChanges(useChangedSinceOpened(values), t('common:pending.timelineEntry'));
  const setText = (key: 'date' | 'title' | 'note') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(draft)) onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={entry ? t('timeline.edit') : t('timeline.add')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <DateField
              label={t('timeline.date')}
              required
              value={values.date}
              onChange={(date) => setValues((v) => ({ ...v, date }))}
              error={errors.date}
            />
            <Select
              label={t('timeline.kind')}
              data={TimelineKind.options
                .filter((k) => k === values.kind || !ACTIVITY_TIMELINE_KINDS.includes(k))
                .map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))}
              value={values.kind}
              onChange={(kind) =>
                setValues((v) => ({ ...v, kind: TimelineKind.safeParse(kind).data ?? v.kind }))
              }
              allowDeselect={false}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('timeline.activitiesHint')}{' '}
            <Anchor component={Link} to={`/activities/new?partnership=${partnershipId}`} onClick={onClose}>
              {t('timeline.planActivity')}
            </Anchor>
          </Text>
          <TextInput
            label={t('timeline.entryTitle')}
            required
            value={values.title}
            onChange={setText('title')}
            error={errors.title}
            data-autofocus
          />
          <Textarea
            label={t('timeline.note')}
            autosize
            minRows={2}
            value={values.note}
            onChange={setText('note')}
            error={errors.note}
          />
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('timeline.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
