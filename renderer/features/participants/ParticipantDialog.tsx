import { Checkbox, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AgeBand,
  Consent,
  mayBeMinor,
  ParticipantDraft,
  ParticipantOrigin,
  ParticipantRole,
  RegistrationState,
} from '../../../shared/domain/activities/participant';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { registerPending } from '../../app/pendingChanges';
import { DateField } from '../../components/DateField';
import { EntityDialog } from '../../components/EntityDialog';
import { useSubmit } from '../../forms/useSubmit';
import { useCountryOptions } from '../../i18n/countryOptions';
import { useAppStore } from '../../state/store';
import { blankParticipant, valuesOf, type ParticipantValues } from './participantForm';
import { SensitiveFields } from './SensitiveFields';

/** One participant, new or edited; the sensitive fields sit apart, marked, and only those the person needs. */
export function ParticipantDialog({
  activity,
  participant,
  onClose,
}: {
  activity: ActivityView;
  participant: ParticipantRecord | null;
  onClose(): void;
}) {
  const { t } = useTranslation('participants');
  const countries = useCountryOptions();
  const save = useAppStore((s) => s.saveParticipant);
  const organisations = useAppStore((s) => s.organisations);
  const loadOrganisations = useAppStore((s) => s.loadOrganisations);
  const [initial] = useState(() => (participant ? valuesOf(participant) : blankParticipant(activity.id)));
  const [values, setValues] = useState<ParticipantValues>(initial);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const draft = { ...(participant ? { id: participant.id } : {}), ...values };
  const { submit, errors, failure, saving } = useSubmit(
    ParticipantDraft,
    async (checked) => {
      await save(checked, participant?.rev);
      notifications.show({ color: 'green', message: t('saved', { name: checked.name }) });
    },
    draft,
  );
  const title = participant ? t('edit', { name: participant.name }) : t('new');

  useEffect(() => {
    if (!organisations) void loadOrganisations().catch(() => undefined);
  }, [organisations, loadOrganisations]);
  useEffect(() => (dirty ? registerPending({ unsaved: () => title }) : undefined), [dirty, title]);

  const put = <K extends keyof ParticipantValues>(key: K, value: ParticipantValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'name' | 'town' | 'email' | 'phone' | 'stayGroup') => ({
    label: t(`field.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => put(key, e.currentTarget.value),
  });
  const choice = <T extends string>(key: string, options: readonly T[], words: string) =>
    options.map((o) => ({ value: o, label: t(`${words}.${o}`) }));
  const minor = mayBeMinor(values, activity.startDate);

  return (
    <EntityDialog
      title={title}
      onClose={onClose}
      onSubmit={() => submit(draft)}
      saving={saving}
      saveLabel={t('save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('notSaved')}
      failure={failure}
    >
      <TextInput {...text('name')} required data-autofocus />
      <SimpleGrid cols={2}>
        <TextInput {...text('town')} />
        <Select
          label={t('field.country')}
          searchable
          clearable
          data={countries}
          value={values.country}
          onChange={(country) => put('country', country)}
          error={errors.country}
        />
        <Select
          label={t('field.role')}
          data={choice('role', ParticipantRole.options, 'role')}
          value={values.role}
          onChange={(r) => r && put('role', r as ParticipantRole)}
          allowDeselect={false}
        />
        <Select
          label={t('field.origin')}
          data={choice('origin', ParticipantOrigin.options, 'origin')}
          value={values.origin}
          onChange={(o) => o && put('origin', o as ParticipantOrigin)}
          allowDeselect={false}
        />
        <Select
          label={t('field.registration')}
          data={choice('registration', RegistrationState.options, 'state')}
          value={values.registration}
          onChange={(r) => r && put('registration', r as RegistrationState)}
          allowDeselect={false}
        />
        <Select
          label={t('field.organisation')}
          clearable
          searchable
          data={(organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={values.organisationId}
          onChange={(o) => put('organisationId', o)}
          error={errors.organisationId}
        />
        <Select
          label={t('field.ageBand')}
          clearable
          data={choice('age', AgeBand.options, 'age')}
          value={values.ageBand}
          onChange={(a) => put('ageBand', a as AgeBand | null)}
          description={t('field.ageHint')}
        />
        <NumberInput
          label={t('field.birthYear')}
          min={1900}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          value={values.birthYear ?? ''}
          onChange={(y) => put('birthYear', typeof y === 'number' ? y : null)}
          error={errors.birthYear}
        />
        <DateField
          label={t('field.arrival')}
          value={values.arrival ?? ''}
          onChange={(d) => put('arrival', d || null)}
          clearLabel={t('field.clearDate')}
          error={errors.arrival}
        />
        <DateField
          label={t('field.departure')}
          value={values.departure ?? ''}
          onChange={(d) => put('departure', d || null)}
          clearLabel={t('field.clearDate')}
          error={errors.departure}
        />
        <TextInput {...text('email')} type="email" />
        <TextInput {...text('phone')} type="tel" />
        <Select
          label={t('field.photoConsent')}
          data={choice('consent', Consent.options, 'consent')}
          value={values.photoConsent}
          onChange={(c) => c && put('photoConsent', c as Consent)}
          allowDeselect={false}
        />
        {minor ? (
          <Select
            label={t('field.parentConsent')}
            description={t('field.parentConsentHint')}
            data={choice('consent', Consent.options, 'consent')}
            value={values.parentConsent}
            onChange={(c) => c && put('parentConsent', c as Consent)}
            allowDeselect={false}
          />
        ) : null}
      </SimpleGrid>
      <Checkbox
        label={t('field.needsHost')}
        checked={values.needsHost}
        onChange={(e) => put('needsHost', e.currentTarget.checked)}
      />
      {values.needsHost ? <TextInput {...text('stayGroup')} description={t('field.stayGroupHint')} /> : null}
      <SensitiveFields values={values} minor={minor} errors={errors} put={put} />
      <Textarea
        label={t('field.notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(e) => put('notes', e.currentTarget.value)}
        error={errors.notes}
      />
    </EntityDialog>
  );
}
