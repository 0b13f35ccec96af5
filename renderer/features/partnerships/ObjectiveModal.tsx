import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ObjectiveDraft, Theme, type Objective } from '../../../shared/domain/partnership';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { themeLabelKey } from '../../i18n/themes';

export function ObjectiveModal({
  partnershipId,
  objective,
  onClose,
}: {
  partnershipId: string;
  objective: Objective | null;
  onClose(): void;
}) {
  const { t } = useTranslation('partnerships');
  const saveObjective = useAppStore((s) => s.saveObjective);
  const [values, setValues] = useState({
    statement: objective?.statement ?? '',
    theme: objective?.theme ?? null,
    indicator: objective?.indicator ?? '',
    target: objective?.target ?? '',
    agreedOn: objective?.agreedOn ?? '',
  });
  const draft = {
    partnershipId,
    ...(objective ? { id: objective.id } : {}),
    ...values,
    agreedOn: values.agreedOn || null,
  };
  const { submit, errors, failure, saving } = useSubmit(ObjectiveDraft, saveObjective, draft);
  useUnsavedChanges(useChangedSinceOpened(values), t('common:pending.objective'));
  const setText =
    (key: 'statement' | 'indicator' | 'target' | 'agreedOn') => (e: { currentTarget: { value: string } }) => {
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
      title={objective ? t('objectives.edit') : t('objectives.add')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Textarea
            label={t('objectives.statement')}
            required
            autosize
            minRows={2}
            value={values.statement}
            onChange={setText('statement')}
            error={errors.statement}
            data-autofocus
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('objectives.theme')}
              required
              searchable
              data={Theme.options.map((th) => ({ value: th, label: t(themeLabelKey(th)) }))}
              value={values.theme}
              onChange={(theme) => setValues((v) => ({ ...v, theme: Theme.safeParse(theme).data ?? null }))}
              error={errors.theme}
            />
            <TextInput
              label={t('objectives.agreedOn')}
              type="date"
              value={values.agreedOn}
              onChange={setText('agreedOn')}
              error={errors.agreedOn}
            />
            <TextInput
              label={t('objectives.indicator')}
              value={values.indicator}
              onChange={setText('indicator')}
              error={errors.indicator}
            />
            <TextInput
              label={t('objectives.target')}
              value={values.target}
              onChange={setText('target')}
              error={errors.target}
            />
          </SimpleGrid>
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('objectives.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
