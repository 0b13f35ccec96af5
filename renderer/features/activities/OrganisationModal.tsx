import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationDraft, OrganisationKind } from '../../../shared/domain/activities/organisation';
import type { OrganisationRecord } from '../../../shared/ipc/channels/activities';
import { EntityDialog } from '../../components/EntityDialog';
import { useSubmit } from '../../forms/useSubmit';
import { useCountryOptions } from '../../i18n/countryOptions';
import { useAppStore } from '../../state/store';

type Values = Omit<OrganisationDraft, 'id' | 'country' | 'kind'> & {
  country: string | null;
  kind: string | null;
};

const blank: Values = {
  name: '',
  kind: null,
  town: '',
  country: null,
  contactName: '',
  email: '',
  phone: '',
  notes: '',
};

/**
 * One organisation of the register, new or edited: opened from the register and from the
 * activity form (where the new one is chosen at once, through `onSaved`).
 */
export function OrganisationModal({
  organisation,
  onClose,
  onSaved,
}: {
  organisation: OrganisationRecord | null;
  onClose(): void;
  onSaved?(saved: OrganisationRecord): void;
}) {
  const { t } = useTranslation('activities');
  const countries = useCountryOptions();
  const save = useAppStore((s) => s.saveOrganisation);
  const [values, setValues] = useState<Values>(() => {
    if (!organisation) return blank;
    const { id: _id, rev: _rev, updatedAt: _at, ...fields } = organisation;
    return fields;
  });
  const draft = { ...(organisation ? { id: organisation.id } : {}), ...values };
  const { submit, errors, failure, saving } = useSubmit(
    OrganisationDraft,
    async (checked) => {
      const saved = await save(checked, organisation?.rev);
      notifications.show({ color: 'green', message: t('organisations.saved') });
      onSaved?.(saved);
    },
    draft,
  );
  const text = (key: 'name' | 'town' | 'contactName' | 'email' | 'phone') => ({
    label: t(`organisations.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
  });

  return (
    <EntityDialog
      title={organisation ? t('organisations.edit') : t('organisations.new')}
      onClose={onClose}
      onSubmit={() => submit(draft)}
      saving={saving}
      saveLabel={t('organisations.save')}
      cancelLabel={t('common:actions.cancel')}
      closeLabel={t('common:actions.close')}
      failureTitle={t('organisations.notSaved')}
      failure={failure}
    >
      <TextInput {...text('name')} required data-autofocus />
      <Select
        label={t('organisations.kind')}
        required
        data={OrganisationKind.options.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))}
        value={values.kind}
        onChange={(kind) => setValues({ ...values, kind })}
        error={errors.kind}
        allowDeselect={false}
      />
      <SimpleGrid cols={2}>
        <TextInput {...text('town')} />
        <Select
          label={t('organisations.country')}
          searchable
          clearable
          data={countries}
          value={values.country}
          onChange={(country) => setValues({ ...values, country })}
          error={errors.country}
        />
      </SimpleGrid>
      <TextInput {...text('contactName')} />
      <SimpleGrid cols={2}>
        <TextInput {...text('email')} type="email" />
        <TextInput {...text('phone')} type="tel" />
      </SimpleGrid>
      <Textarea
        label={t('organisations.notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })}
        error={errors.notes}
      />
    </EntityDialog>
  );
}
