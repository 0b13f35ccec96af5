import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from '../../../shared/domain/meetings/meeting';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues } from '../../forms/validation';
import { ApiError } from '../../api/client';
import { useMembers } from '../plan/useMembers';
import { ownerOptions, todayIso } from '../plan/memberOptions';

/** Each saved decision, and for an action item a task with an owner and a due date. */
export function DecisionTasks({
  meeting,
  onChanged,
  disabled,
}: {
  meeting: MeetingRecord;
  onChanged(m: MeetingRecord): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('team');
  return (
    <Stack>
      {disabled && (
        <Text size="sm" c="dimmed">
          {t('decisions.saveFirst')}
        </Text>
      )}
      {meeting.decisions.map((d, i) => (
        <DecisionRow key={d.id} meeting={meeting} index={i} onChanged={onChanged} disabled={disabled} />
      ))}
    </Stack>
  );
}

function DecisionRow({
  meeting,
  index,
  onChanged,
  disabled,
}: {
  meeting: MeetingRecord;
  index: number;
  onChanged(m: MeetingRecord): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('team');
  const members = useMembers();
  const decision = meeting.decisions[index]!;
  const [ownerId, setOwner] = useState<string | null>(null);
  const [dueDate, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function makeTask() {
    setBusy(true);
    try {
      const { meeting: saved } = await call('meetings:decisionToTask', {
        meetingId: meeting.id,
        decisionId: decision.id,
        rev: meeting.rev,
        title: decision.text.slice(0, 200),
        ownerId,
        dueDate: dueDate || null,
      });
      notifications.show({ color: 'green', message: t('decisions.made') });
      onChanged(saved);
    } catch (error) {
      if (error instanceof ApiError && error.error.issues) setErrors(translateIssues(error.error.issues, t));
      else notifications.show({ color: 'red', title: t('notSaved'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div role="group" aria-label={t('meeting.decision', { n: index + 1 })}>
      <Text fw={600}>{`${index + 1}. ${decision.text}`}</Text>
      {decision.taskId ? (
        <Text size="sm" c="dimmed">
          {t('decisions.isTask')}
        </Text>
      ) : (
        <Group align="flex-end" mt={4}>
          <Select
            label={t('task.owner')}
            placeholder={t('task.noOwner')}
            clearable
            data={ownerOptions(members, todayIso(), null)}
            value={ownerId}
            onChange={setOwner}
            error={errors.ownerId}
            w={220}
          />
          <DateField
            label={t('task.due')}
            value={dueDate}
            onChange={setDue}
            error={errors.dueDate}
            width={180}
          />
          <Button variant="light" loading={busy} disabled={disabled} onClick={() => void makeTask()}>
            {t('decisions.makeTask')}
          </Button>
        </Group>
      )}
    </div>
  );
}
