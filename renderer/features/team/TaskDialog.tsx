import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TaskDraft, TaskLink, type TaskStatus } from '../../../shared/domain/plan/task';
import type { TaskView } from '../../../shared/ipc/channels/planning';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { TASK_STATUSES } from '../../i18n/statuses';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { useMembers } from '../plan/useMembers';
import { ownerOptions, todayIso } from '../plan/memberOptions';
import { usePlanning } from './usePlanning';

/**
 * A link as one picker value: "activity:<id>", "planAction:<plan>:<action>",
 * "decision:<meeting>:<decision>", "application:<id>".
 */
const linkValue = (l: TaskLink | null): string | null =>
  l === null
    ? null
    : l.kind === 'activity'
      ? `activity:${l.activityId}`
      : l.kind === 'planAction'
        ? `planAction:${l.planId}:${l.actionId}`
        : l.kind === 'application'
          ? `application:${l.applicationId}`
          : `decision:${l.meetingId}:${l.decisionId}`;

function linkOf(value: string | null): TaskLink | null {
  if (!value) return null;
  const [kind, a = '', b = ''] = value.split(':');
  if (kind === 'activity') return { kind, activityId: a };
  if (kind === 'planAction') return { kind, planId: a, actionId: b };
  if (kind === 'application') return { kind, applicationId: a };
  return { kind: 'decision', meetingId: a, decisionId: b };
}

/** One task: what it is, who owns it, when it is due, what it serves. */
export function TaskDialog({ task, onClose }: { task: TaskView | null; onClose(): void }) {
  const { t } = useTranslation('team');
  const members = useMembers();
  const me = useAppStore((s) => s.me);
  const { data: targets } = usePlanning('tasks:targets', {});
  const [values, setValues] = useState({
    title: task?.title ?? '',
    ownerId: task ? task.ownerId : me || null,
    dueDate: task?.dueDate ?? '',
    status: task?.status ?? ('open' as TaskStatus),
    link: task?.link ?? null,
    notes: task?.notes ?? '',
  });
  const draft = {
    ...(task ? { id: task.id, rev: task.rev } : {}),
    ...values,
    dueDate: values.dueDate || null,
  };
  const { submit, errors, failure, saving } = useSubmit(
    TaskDraft,
    async (d) => void (await call('tasks:save', d)),
    draft,
  );
  const { leave } = useUnsavedChanges(useChangedSinceOpened(values), t('pending.task'));
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const groups = [
    {
      group: t('task.linkActivities'),
      items: (targets?.activities ?? []).map((a) => ({ value: `activity:${a.id}`, label: a.title })),
    },
    {
      group: t('task.linkPlan'),
      items: (targets?.planActions ?? []).map((a) => ({
        value: `planAction:${a.planId}:${a.actionId}`,
        label: `${a.title} (${a.link}, ${a.year})`,
      })),
    },
    {
      group: t('task.linkApplications'),
      items: (targets?.applications ?? []).map((a) => ({ value: `application:${a.id}`, label: a.title })),
    },
    {
      group: t('task.linkDecisions'),
      items: (targets?.decisions ?? []).map((d) => ({
        value: `decision:${d.meetingId}:${d.decisionId}`,
        label: `${d.title} (${d.meeting})`,
      })),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <EntityDialog
      title={task ? t('task.edit') : t('task.add')}
      onClose={() => (leave(), onClose())}
      onSubmit={async () => (await submit(draft)) && (leave(), true)}
      saving={saving}
      saveLabel={t('task.save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      failure={failure}
    >
      <TextInput
        label={t('task.title')}
        required
        data-autofocus
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('task.owner')}
          placeholder={t('task.noOwner')}
          clearable
          data={ownerOptions(members, todayIso(), task?.ownerId ?? null)}
          value={values.ownerId}
          onChange={(id) => set('ownerId', id)}
          error={errors.ownerId}
        />
        <DateField
          label={t('task.due')}
          value={values.dueDate}
          onChange={(d) => set('dueDate', d)}
          error={errors.dueDate}
        />
      </SimpleGrid>
      <Select
        label={t('task.serves')}
        placeholder={
          task?.formerLink ? t('task.formerLink', { title: task.formerLink }) : t('task.servesNothing')
        }
        clearable
        searchable
        data={groups}
        value={linkValue(values.link)}
        onChange={(v) => set('link', linkOf(v))}
        error={errors.link}
      />
      <Select
        label={t('task.status')}
        data={(['open', 'done'] as const).map((s) => ({ value: s, label: t(TASK_STATUSES[s].labelKey) }))}
        value={values.status}
        onChange={(s) => s && set('status', s === 'done' ? 'done' : 'open')}
        allowDeselect={false}
      />
      <Textarea
        label={t('task.notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes}
      />
    </EntityDialog>
  );
}
