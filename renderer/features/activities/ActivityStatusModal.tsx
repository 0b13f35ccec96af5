import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TRANSITIONS } from '../../../shared/domain/activities/lifecycle';
import { ActivityStatusInput, type ActivityView } from '../../../shared/ipc/channels/activities';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { useSubmit } from '../../forms/useSubmit';
import { activityStatusLabelKey } from '../../i18n/statuses';
import { useAppStore } from '../../state/store';
import { todayIso } from '../partnerships/dates';

/** Moves the activity to one of the statuses allowed from its own, dated and with a note. */
export function ActivityStatusModal({ activity, onClose }: { activity: ActivityView; onClose(): void }) {
  const { t } = useTranslation('activities');
  const setStatus = useAppStore((s) => s.setActivityStatus);
  const options = ACTIVITY_TRANSITIONS[activity.status];
  const [status, setStatusValue] = useState<string | null>(options[0] ?? null);
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const change = { id: activity.id, rev: activity.rev, status, date, note };
  const { submit, errors, failure, saving } = useSubmit(ActivityStatusInput, setStatus, change);

  return (
    <EntityDialog
      title={t('statusChange.title')}
      onClose={onClose}
      onSubmit={() => submit(change)}
      saving={saving}
      saveLabel={t('statusChange.save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      failure={failure}
    >
      <Select
        label={t('statusChange.to')}
        data={options.map((s) => ({ value: s, label: t(activityStatusLabelKey(s)) }))}
        value={status}
        onChange={setStatusValue}
        error={errors.status}
        allowDeselect={false}
        data-autofocus
      />
      <DateField
        label={t('statusChange.date')}
        required
        value={date}
        onChange={setDate}
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
    </EntityDialog>
  );
}
