import { Button, Group, Paper, Select, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitteeInfo, LegalForm, type SavedCommitteeInfo } from '../../../shared/domain/committee';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';

type Values = Omit<CommitteeInfo, 'legalForm'> & { legalForm: string | null };

const blank: Values = { name: '', legalForm: 'association', address: '', email: '', registrationNumber: '' };

function fromInfo(info: SavedCommitteeInfo | null): Values {
  if (!info) return blank;
  const { rev: _rev, ...values } = info;
  return values;
}

export function CommitteeInfoForm() {
  const { t } = useTranslation('committee');
  const info = useAppStore((s) => s.profile?.committee ?? null);
  const saveCommitteeInfo = useAppStore((s) => s.saveCommitteeInfo);
  const [saved, setSaved] = useState<Values>(() => fromInfo(info));
  const [values, setValues] = useState<Values>(saved);
  /** The revision the form was loaded at: a save over a newer change is refused, not made. */
  const [rev, setRev] = useState(info?.rev);
  const { submit, errors, failure, saving } = useSubmit(
    CommitteeInfo,
    async (input) => {
      const stored = await saveCommitteeInfo({ ...input, ...(rev === undefined ? {} : { rev }) });
      setRev(stored.rev);
      setSaved(values);
    },
    values,
  );
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(saved), t('common:pending.committeeInfo'));
  const setText = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(values)) notifications.show({ color: 'green', message: t('saved') });
  }

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={onSubmit}
      aria-labelledby="committee-title"
      noValidate
    >
      <Title order={3} size="h4" id="committee-title" mb="sm">
        {t('info.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('info.name')}
          required
          value={values.name}
          onChange={setText('name')}
          error={errors.name}
        />
        <Select
          label={t('info.legalForm')}
          data={LegalForm.options.map((value) => ({ value, label: t(`legalForm.${value}`) }))}
          value={values.legalForm}
          onChange={(legalForm) => setValues((v) => ({ ...v, legalForm }))}
          error={errors.legalForm}
        />
        <TextInput
          label={t('info.email')}
          type="email"
          value={values.email}
          onChange={setText('email')}
          error={errors.email}
        />
        <TextInput
          label={t('info.registrationNumber')}
          value={values.registrationNumber}
          onChange={setText('registrationNumber')}
          error={errors.registrationNumber}
        />
        <Textarea
          label={t('info.address')}
          autosize
          minRows={2}
          value={values.address}
          onChange={setText('address')}
          error={errors.address}
        />
      </SimpleGrid>
      <FormFailure title={t('notSaved')} message={failure} />
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={saving}>
          {t('info.save')}
        </Button>
      </Group>
    </Paper>
  );
}
