import { Button, Group, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormOfAddress, MemberDraft, MemberRole, type Member } from '../../../shared/domain/committee';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';

interface Values {
  name: string;
  role: string | null;
  address: FormOfAddress;
  email: string;
  phone: string;
  termStart: string;
  termEnd: string;
}

const toValues = (m: Member | null): Values => ({
  name: m?.name ?? '',
  role: m?.role ?? 'member',
  address: m?.address ?? 'none',
  email: m?.email ?? '',
  phone: m?.phone ?? '',
  termStart: m?.termStart ?? '',
  termEnd: m?.termEnd ?? '',
});

export function MemberModal({ member, onClose }: { member: Member | null; onClose(): void }) {
  const { t } = useTranslation('committee');
  const saveMember = useAppStore((s) => s.saveMember);
  const [values, setValues] = useState<Values>(() => toValues(member));
  const draft = {
    ...(member ? { id: member.id, rev: member.rev } : {}),
    ...values,
    termStart: values.termStart || null,
    termEnd: values.termEnd || null,
  };
  const { submit, errors, failure, saving } = useSubmit(MemberDraft, saveMember, draft);
  useUnsavedChanges(useChangedSinceOpened(values), t('common:pending.member'));
  const setText = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(draft)) onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={member ? t('members.edit') : t('members.add')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('members.name')}
            required
            data-autofocus
            value={values.name}
            onChange={setText('name')}
            error={errors.name}
          />
          <Select
            label={t('members.role')}
            data={MemberRole.options.map((value) => ({ value, label: t(`role.${value}`) }))}
            value={values.role}
            onChange={(role) => setValues((v) => ({ ...v, role }))}
            error={errors.role}
          />
          <Select
            label={t('members.address')}
            description={t('members.addressHint')}
            data={FormOfAddress.options.map((value) => ({
              value,
              label: t(`members.addressOption.${value}`),
            }))}
            value={values.address}
            allowDeselect={false}
            onChange={(address) =>
              setValues((v) => ({ ...v, address: FormOfAddress.catch('none').parse(address) }))
            }
            error={errors.address}
          />
          <TextInput
            label={t('members.email')}
            type="email"
            value={values.email}
            onChange={setText('email')}
            error={errors.email}
          />
          <TextInput
            label={t('members.phone')}
            type="tel"
            value={values.phone}
            onChange={setText('phone')}
            error={errors.phone}
          />
          <TextInput
            label={t('members.termStart')}
            type="date"
            value={values.termStart}
            onChange={setText('termStart')}
            error={errors.termStart}
          />
          <TextInput
            label={t('members.termEnd')}
            type="date"
            value={values.termEnd}
            onChange={setText('termEnd')}
            error={errors.termEnd}
          />
        </SimpleGrid>
        <FormFailure title={t('notSaved')} message={failure} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('members.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
