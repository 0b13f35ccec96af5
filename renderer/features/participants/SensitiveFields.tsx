import { Checkbox, Fieldset, MultiSelect, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Diet, PetKind } from '../../../shared/domain/activities/participant';
import type { FieldErrors } from '../../forms/validation';
import type { ParticipantValues } from './participantForm';

interface Props {
  values: ParticipantValues;
  minor: boolean;
  errors: FieldErrors;
  put<K extends keyof ParticipantValues>(key: K, value: ParticipantValues[K]): void;
}

/**
 * Only what the job needs, marked as sensitive: diet for the meals, pet allergies and
 * step-free access where a host family is needed, an emergency contact for a minor. The
 * Personal data screen finds, exports and erases these, and offers their deletion after the activity.
 */
export function SensitiveFields({ values, minor, errors, put }: Props) {
  const { t } = useTranslation('participants');
  const contact = values.emergencyContact ?? { name: '', phone: '' };
  return (
    <Fieldset legend={t('sensitive.legend')} variant="filled">
      <Text size="sm" mb="xs">
        {t('sensitive.hint')}
      </Text>
      <MultiSelect
        label={t('field.dietNeeds')}
        data={Diet.options.map((d) => ({ value: d, label: t(`diet.${d}`) }))}
        value={values.dietNeeds}
        onChange={(d) => put('dietNeeds', d as Diet[])}
        clearable
      />
      <TextInput
        mt="xs"
        label={t('field.dietNote')}
        value={values.dietNote}
        onChange={(e) => put('dietNote', e.currentTarget.value)}
        error={errors.dietNote}
      />
      <Textarea
        mt="xs"
        label={t('field.accessNeeds')}
        autosize
        minRows={1}
        value={values.accessNeeds}
        onChange={(e) => put('accessNeeds', e.currentTarget.value)}
        error={errors.accessNeeds}
      />
      {values.needsHost ? (
        <>
          <Checkbox
            mt="xs"
            label={t('field.stepFreeAccess')}
            checked={values.stepFreeAccess}
            onChange={(e) => put('stepFreeAccess', e.currentTarget.checked)}
          />
          <MultiSelect
            mt="xs"
            label={t('field.petAllergies')}
            data={PetKind.options.map((k) => ({ value: k, label: t(`pet.${k}`) }))}
            value={values.petAllergies}
            onChange={(k) => put('petAllergies', k as PetKind[])}
            clearable
          />
        </>
      ) : null}
      {minor ? (
        <SimpleGrid cols={2} mt="xs">
          <TextInput
            label={t('field.emergencyName')}
            value={contact.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              put('emergencyContact', name || contact.phone ? { ...contact, name } : null);
            }}
            error={errors['emergencyContact.name']}
          />
          <TextInput
            label={t('field.emergencyPhone')}
            type="tel"
            value={contact.phone}
            onChange={(e) => {
              const phone = e.currentTarget.value;
              put('emergencyContact', contact.name || phone ? { ...contact, phone } : null);
            }}
            error={errors['emergencyContact.phone']}
          />
        </SimpleGrid>
      ) : null}
    </Fieldset>
  );
}
