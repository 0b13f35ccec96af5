import { MultiSelect, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import {
  PlanActionDraft,
  PlanActionStatus,
  planYears,
  type PlanAction,
  type PlanRecord,
} from '../../../shared/domain/plan/plan';
import { call } from '../../api/client';
import { EntityDialog } from '../../components/EntityDialog';
import { PLAN_ACTION_STATUSES } from '../../i18n/statuses';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useMembers } from './useMembers';
import { useActivityList } from '../activities/useActivityList';
import { ownerOptions, todayIso } from './memberOptions';

/** One action of the plan: its year, the objectives and activities it serves, its owner and status. */
export function PlanActionDialog(props: {
  plan: PlanRecord;
  partnership: Partnership;
  action: PlanAction | null;
  year: number;
  onClose(): void;
}) {
  const { t } = useTranslation('plan');
  const { plan, action } = props;
  const members = useMembers();
  const { rows: activities } = useActivityList({ partnershipId: props.partnership.id });
  const [values, setValues] = useState({
    title: action?.title ?? '',
    year: action?.year ?? props.year,
    status: action?.status ?? ('proposed' as const),
    ownerId: action?.ownerId ?? null,
    objectiveIds: action?.objectiveIds ?? [],
    activityIds: action?.activityIds ?? [],
    note: action?.note ?? '',
  });
  const draft = { ...(action ? { id: action.id } : {}), ...values };
  const { submit, errors, failure, saving } = useSubmit(
    PlanActionDraft,
    async (a) => void (await call('plan:saveAction', { planId: plan.id, rev: plan.rev, action: a })),
    draft,
  );
  const { leave } = useUnsavedChanges(useChangedSinceOpened(values), t('pending.action'));
  const years = [...new Set([...planYears(plan), values.year])];
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  return (
    <EntityDialog
      title={action ? t('action.edit') : t('action.add')}
      onClose={() => (leave(), props.onClose())}
      onSubmit={async () => (await submit(draft)) && (leave(), true)}
      saving={saving}
      saveLabel={t('action.save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      failure={failure}
    >
      <TextInput
        label={t('action.title')}
        required
        data-autofocus
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('action.year')}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(values.year)}
          onChange={(y) => y && set('year', Number(y))}
          error={errors.year}
          allowDeselect={false}
        />
        <Select
          label={t('action.status')}
          data={PlanActionStatus.options.map((s) => ({
            value: s,
            label: t(PLAN_ACTION_STATUSES[s].labelKey),
          }))}
          value={values.status}
          onChange={(s) => s && set('status', PlanActionStatus.parse(s))}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Select
        label={t('action.owner')}
        placeholder={t('action.noOwner')}
        clearable
        data={ownerOptions(members, todayIso(), action?.ownerId ?? null)}
        value={values.ownerId}
        onChange={(id) => set('ownerId', id)}
        error={errors.ownerId}
      />
      <MultiSelect
        label={t('action.objectives')}
        data={props.partnership.objectives.map((o) => ({ value: o.id, label: o.statement }))}
        value={values.objectiveIds}
        onChange={(ids) => set('objectiveIds', ids)}
        error={errors.objectiveIds}
        nothingFoundMessage={t('action.noObjectives')}
      />
      <MultiSelect
        label={t('action.activities')}
        data={(activities ?? []).map((a) => ({ value: a.id, label: `${a.title} (${a.startDate})` }))}
        value={values.activityIds}
        onChange={(ids) => set('activityIds', ids)}
        error={errors.activityIds}
        nothingFoundMessage={t('action.noActivities')}
      />
      <Textarea
        label={t('action.note')}
        autosize
        minRows={2}
        value={values.note}
        onChange={(e) => set('note', e.currentTarget.value)}
        error={errors.note}
      />
    </EntityDialog>
  );
}
