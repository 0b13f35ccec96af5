import {
  Anchor,
  Button,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../api/client';
import { ApplicationDraft } from '../../../shared/domain/funding/application';
import { CURRENCY_CODES } from '../../../shared/domain/money/currencies';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { DateField } from '../../components/DateField';
import { FormFailure } from '../../components/FormFailure';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useFormat } from '../../i18n/format';
import { ApplicantsFields } from './ApplicantsFields';
import { AMOUNT_KEYS, toDraft, toValues, type ApplicationValues } from './applicationValues';
import { useCall } from './useCall';

/** Create or edit an application: programme version, activities, applicants, dates, deadline and amounts. */
export function ApplicationEditPage() {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const { id } = useParams();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<ApplicationView | null>(null);
  const [values, setValues] = useState<ApplicationValues | null>(() => (id ? null : toValues(null)));
  const [initial, setInitial] = useState(values);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const programmes = useCall('funding:programmes', {});
  const activities = useCall('activities:list', {});
  const back = id ? `/funding/applications/${id}` : '/funding';

  useEffect(() => {
    if (!id) return;
    call('funding:application', { id })
      .then((a) => {
        setSaved(a);
        setValues(toValues(a));
        setInitial(toValues(a));
      })
      .catch((error: unknown) => setLoadFailure(errorMessage(error, t)));
  }, [id, t]);

  const { submit, errors, failure, saving } = useSubmit(
    ApplicationDraft,
    async (draft) => {
      const stored = await call('funding:saveApplication', draft);
      notifications.show({ color: 'green', message: t('form.saved') });
      leave();
      void navigate(`/funding/applications/${stored.id}`);
    },
    values === null ? undefined : toDraft(values, saved),
  );
  const dirty = values !== null && JSON.stringify(values) !== JSON.stringify(initial);
  const { leave } = useUnsavedChanges(dirty, t('common:pending.application'));

  if (loadFailure) return <FormFailure title={t('detail.notFound')} message={loadFailure} />;
  if (!values) return <Loader aria-label={t('common:loading')} />;
  const set = (patch: Partial<ApplicationValues>) => setValues({ ...values, ...patch });
  const versions = programmes.data ?? [];
  const chosen = versions.find((v) => JSON.stringify(v.ref) === JSON.stringify(values.programme));
  const programmeDeadline = chosen?.programme.deadlines[0];
  const title = id ? t('form.editTitle', { title: saved?.title ?? '' }) : t('form.createTitle');

  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t('detail.back')}
      </Anchor>
      <PageHeader title={title} />
      <form
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void submit(toDraft(values, saved));
        }}
      >
        <Stack>
          <TextInput
            required
            label={t('form.title')}
            value={values.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.title}
          />
          <Select
            required
            label={t('form.programme')}
            data={versions.map((v) => ({
              value: JSON.stringify(v.ref),
              label: `${v.programme.name} ${v.ref.callYear}${v.ref.recordId ? ` (${t('programmes.edited')})` : ''}`,
            }))}
            value={values.programme ? JSON.stringify(values.programme) : null}
            onChange={(v) => set({ programme: v ? (JSON.parse(v) as ApplicationValues['programme']) : null })}
            error={errors.programme}
          />
          <MultiSelect
            label={t('form.activities')}
            data={(activities.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.title} (${format.date(a.startDate)})`,
            }))}
            value={values.activityIds}
            onChange={(activityIds) => set({ activityIds })}
            error={errors.activityIds}
            searchable
          />
          <Paper withBorder p="md">
            <ApplicantsFields
              rows={values.applicants}
              errors={errors}
              onChange={(applicants) => set({ applicants })}
            />
          </Paper>
          <Group align="flex-start">
            <DateField
              label={t('form.projectStart')}
              value={values.projectStart}
              onChange={(projectStart) => set({ projectStart })}
              error={errors.projectStart}
              width={200}
            />
            <DateField
              label={t('form.projectEnd')}
              value={values.projectEnd}
              onChange={(projectEnd) => set({ projectEnd })}
              error={errors.projectEnd}
              width={200}
            />
          </Group>
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="xs">
              {t('detail.deadlines')}
            </Title>
            <Group align="flex-end">
              <DateField
                label={t('form.deadlineDate')}
                value={values.deadlineDate}
                onChange={(deadlineDate) => set({ deadlineDate })}
                error={errors['deadline.date']}
                width={200}
              />
              <TextInput
                label={t('form.deadlineTime')}
                placeholder="17:00"
                value={values.deadlineTime}
                onChange={(e) => set({ deadlineTime: e.currentTarget.value })}
                error={errors['deadline.time']}
                w={110}
              />
              <TextInput
                label={t('form.timeZone')}
                placeholder="Europe/Brussels"
                value={values.timeZone}
                onChange={(e) => set({ timeZone: e.currentTarget.value })}
                error={errors['deadline.timeZone']}
                w={200}
              />
              <NumberInput
                label={t('form.internalDays')}
                min={0}
                max={120}
                value={values.internalDaysBefore}
                onChange={(v) => set({ internalDaysBefore: typeof v === 'number' ? v : 0 })}
                error={errors.internalDaysBefore}
                w={220}
              />
            </Group>
            {programmeDeadline && (
              <Button
                mt="sm"
                variant="light"
                onClick={() =>
                  set({
                    deadlineDate: programmeDeadline.date,
                    deadlineTime: programmeDeadline.time,
                    timeZone: programmeDeadline.timeZone,
                  })
                }
              >
                {t('form.useProgrammeDeadline', { date: format.date(programmeDeadline.date) })}
              </Button>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="xs">
              {t('detail.amounts')}
            </Title>
            <Group align="flex-end">
              <Select
                label={t('form.currency')}
                data={[...CURRENCY_CODES]}
                value={values.currency}
                allowDeselect={false}
                searchable
                onChange={(v) => v && set({ currency: v })}
                w={110}
              />
              {AMOUNT_KEYS.map((k) => (
                <NumberInput
                  key={k}
                  label={t(`detail.${k}`)}
                  min={0}
                  decimalScale={2}
                  value={values.amounts[k]}
                  onChange={(v) =>
                    set({ amounts: { ...values.amounts, [k]: typeof v === 'number' ? v : '' } })
                  }
                  error={k === 'plannedCosts' ? errors.plannedCosts : errors[`amounts.${k}`]}
                  w={150}
                />
              ))}
            </Group>
          </Paper>
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={3}
            value={values.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            error={errors.notes}
          />
          <FormFailure title={t('form.notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default" onClick={leave}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
