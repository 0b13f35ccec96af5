import { Checkbox, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpenAction, PlanReviewDraft, type PlanRecord } from '../../../shared/domain/plan/plan';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useMembers } from './useMembers';

/** The yearly joint meeting: it closes the plan's first year and opens a new third one. */
export function PlanReviewDialog({ plan, onClose }: { plan: PlanRecord; onClose(): void }) {
  const { t } = useTranslation('plan');
  const members = useMembers();
  const open = plan.actions.filter((a) => a.year === plan.firstYear && isOpenAction(a.status));
  const [values, setValues] = useState({
    meetingDate: '',
    memberIds: [] as string[],
    guests: '',
    done: '',
    notes: '',
    carryIds: open.map((a) => a.id),
  });
  const { submit, errors, failure, saving } = useSubmit(
    PlanReviewDraft,
    async (review) => void (await call('plan:review', { planId: plan.id, rev: plan.rev, review })),
    values,
  );
  const { leave } = useUnsavedChanges(useChangedSinceOpened(values), t('pending.review'));
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  return (
    <EntityDialog
      title={t('review.title', { year: plan.firstYear })}
      onClose={() => (leave(), onClose())}
      onSubmit={async () => (await submit(values)) && (leave(), true)}
      saving={saving}
      saveLabel={t('review.save', { year: plan.firstYear + 3 })}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      failure={failure}
    >
      <Text size="sm">{t('review.intro', { year: plan.firstYear, next: plan.firstYear + 3 })}</Text>
      <DateField
        label={t('review.meetingDate')}
        required
        value={values.meetingDate}
        onChange={(d) => set('meetingDate', d)}
        error={errors.meetingDate}
      />
      <MultiSelect
        label={t('review.members')}
        data={members.map((m) => ({ value: m.id, label: m.name }))}
        value={values.memberIds}
        onChange={(ids) => set('memberIds', ids)}
      />
      <Textarea
        label={t('review.guests')}
        description={t('review.guestsHint')}
        autosize
        minRows={2}
        value={values.guests}
        onChange={(e) => set('guests', e.currentTarget.value)}
        error={errors.guests}
      />
      <Textarea
        label={t('review.done')}
        autosize
        minRows={2}
        value={values.done}
        onChange={(e) => set('done', e.currentTarget.value)}
        error={errors.done}
      />
      <Checkbox.Group
        label={t('review.carry', { year: plan.firstYear + 1 })}
        description={open.length === 0 ? t('review.nothingOpen') : t('review.carryHint')}
        value={values.carryIds}
        onChange={(ids) => set('carryIds', ids)}
        error={errors.carryIds}
      >
        <Stack gap={6} mt={6}>
          {open.map((a) => (
            <Checkbox key={a.id} value={a.id} label={a.title} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('review.notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
      />
    </EntityDialog>
  );
}
