import { NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import {
  MilestoneDraft,
  type Milestone,
  type MilestoneLink,
  type PlanRecord,
} from '../../../shared/domain/plan/plan';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useActivityList } from '../activities/useActivityList';

type Precision = 'day' | 'year';

/** A link as the picker keeps it: "action:<id>" or "activity:<id>". */
const linkValue = (link: MilestoneLink | null | undefined): string | null =>
  !link ? null : link.kind === 'action' ? `action:${link.actionId}` : `activity:${link.activityId}`;
function linkOf(value: string | null): MilestoneLink | null {
  if (value === null) return null;
  const [kind, id = ''] = value.split(/:(.*)/s);
  return kind === 'action' ? { kind: 'action', actionId: id } : { kind: 'activity', activityId: id };
}

/** The fields a message can point at, in the order the form shows them. */
const FIELDS = ['title', 'date', 'year', 'link'] as const;

/**
 * A milestone the committee sets by hand ("Renew the charter", a festival for the 25th year):
 * a day or a year alone, a title, and optionally the action or activity it marks. A suggested
 * anniversary kept in the plan is edited here too, and stays an anniversary.
 */
export function MilestoneDialog(props: {
  plan: PlanRecord;
  partnership: Pick<Partnership, 'id'>;
  milestone: Milestone | null;
  onClose(): void;
}) {
  const { t } = useTranslation('plan');
  const { plan, milestone } = props;
  const { rows: activities } = useActivityList({ partnershipId: props.partnership.id });
  const [values, setValues] = useState({
    title: milestone?.title ?? '',
    precision: (milestone && milestone.date === null ? 'year' : 'day') as Precision,
    date: milestone?.date ?? '',
    year: (milestone?.year ?? plan.firstYear) as number | string,
    link: linkValue(milestone?.link),
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const byDay = values.precision === 'day';
  const draft = {
    kind: milestone?.kind ?? 'custom',
    title: values.title,
    // A day the schema refuses ('' included) is reported at the day, not at a year made from it.
    date: byDay ? values.date : null,
    year: byDay
      ? /^\d{4}-/.test(values.date)
        ? Number(values.date.slice(0, 4))
        : plan.firstYear
      : values.year === ''
        ? undefined
        : Number(values.year),
    years: milestone?.years ?? null,
    link: linkOf(values.link),
  };
  const { submit, errors, failure, saving } = useSubmit(
    MilestoneDraft,
    async (m) =>
      void (await call('plan:saveMilestone', {
        planId: plan.id,
        rev: plan.rev,
        ...(milestone ? { id: milestone.id } : {}),
        milestone: m,
      })),
    draft,
  );
  const { leave } = useUnsavedChanges(useChangedSinceOpened(values), t('pending.milestone'));
  const label: Record<(typeof FIELDS)[number], string> = {
    title: t('milestones.form.title'),
    date: t('milestones.form.day'),
    year: t('milestones.form.year'),
    link: t('milestones.form.link'),
  };
  const wrong = FIELDS.filter((f) => errors[f]).map((f) => label[f]);
  const linkData = [
    {
      group: t('milestones.form.actions'),
      items: plan.actions.map((a) => ({ value: `action:${a.id}`, label: `${a.title} (${a.year})` })),
    },
    {
      group: t('milestones.form.activities'),
      items: (activities ?? []).map((a) => ({
        value: `activity:${a.id}`,
        label: `${a.title} (${a.startDate})`,
      })),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <EntityDialog
      title={milestone ? t('milestones.form.edit') : t('milestones.form.add')}
      onClose={() => (leave(), props.onClose())}
      onSubmit={async () => (await submit(draft)) && (leave(), true)}
      saving={saving}
      saveLabel={t('milestones.form.save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      // Which fields to look at, by name, above the buttons (the messages sit under each field).
      failure={
        wrong.length > 0
          ? t('milestones.form.check', { fields: wrong.join(', '), count: wrong.length })
          : failure
      }
    >
      <TextInput
        label={label.title}
        description={t('milestones.form.titleHint')}
        required
        data-autofocus
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="milestone-precision">
          {t('milestones.form.precision')}
        </Text>
        <SegmentedControl
          aria-labelledby="milestone-precision"
          value={values.precision}
          onChange={(p) => set('precision', p as Precision)}
          data={[
            { value: 'day', label: t('milestones.form.byDay') },
            { value: 'year', label: t('milestones.form.byYear') },
          ]}
        />
      </Stack>
      {byDay ? (
        <DateField
          label={label.date}
          required
          value={values.date}
          onChange={(d) => set('date', d)}
          error={errors.date}
        />
      ) : (
        <NumberInput
          label={label.year}
          required
          value={values.year}
          onChange={(y) => set('year', y)}
          min={1900}
          max={2200}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
          clampBehavior="none"
          w={140}
          error={errors.year}
        />
      )}
      <Select
        label={label.link}
        placeholder={t('milestones.form.noLink')}
        description={t('milestones.form.linkHint')}
        clearable
        data={linkData}
        value={values.link}
        onChange={(v) => set('link', v)}
        error={errors.link}
        nothingFoundMessage={t('milestones.form.nothingToLink')}
      />
    </EntityDialog>
  );
}
