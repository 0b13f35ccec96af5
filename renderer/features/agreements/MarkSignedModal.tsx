import { Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import { SignedInput, signedDefaults } from '../../../shared/domain/agreement/signedRecord';
import { ApiError } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';
import { useSubmit } from '../../forms/useSubmit';

interface Props {
  draft: AgreementContent;
  onSign(signed: SignedInput): Promise<void>;
  onClose(): void;
}

/** The core names the fields of its input (`signed.ceremonies.0.date`); the form holds `ceremonies` itself. */
async function withFormPaths(task: Promise<void>): Promise<void> {
  try {
    await task;
  } catch (error) {
    if (!(error instanceof ApiError) || !error.error.issues) throw error;
    const issues = error.error.issues.map((i) => ({
      ...i,
      path: i.path[0] === 'signed' ? i.path.slice(1) : i.path,
    }));
    throw new ApiError({ ...error.error, issues });
  }
}

/**
 * Marking a charter signed asks when and where it was signed: one joint ceremony or one in each
 * town. The kept version prints those places and days, and the partnership records them.
 */
export function MarkSignedModal({ draft, onSign, onClose }: Props) {
  const { t } = useTranslation('agreements');
  const towns = draft.parties.map((p) => p.name);
  const [separate, setSeparate] = useState(draft.signing.separate);
  // Both towns' rows are kept while the switch moves, so nothing typed is lost.
  const [rows, setRows] = useState(
    () => signedDefaults({ ...draft, signing: { ...draft.signing, separate: true } }).ceremonies,
  );
  const value = { ceremonies: separate ? rows : rows.slice(0, 1) };
  const { submit, errors, failure, saving } = useSubmit(
    SignedInput,
    (signed) => withFormPaths(onSign(signed)),
    value,
  );
  const edit = (i: number, field: 'date' | 'place', text: string) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, [field]: text } : row)));

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (await submit(value)) onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('signed.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('signed.body')}</Text>
          <Switch
            label={t('signed.separate')}
            checked={separate}
            onChange={(e) => setSeparate(e.currentTarget.checked)}
          />
          {value.ceremonies.map((row, i) => (
            <Group key={i} grow align="flex-start">
              <TextInput
                label={separate ? t('signed.dateIn', { town: towns[i] }) : t('signed.date')}
                type="date"
                required
                value={row.date}
                onChange={(e) => edit(i, 'date', e.currentTarget.value)}
                error={errors[`ceremonies.${i}.date`]}
                data-autofocus={i === 0 || undefined}
              />
              <TextInput
                label={separate ? t('signed.placeIn', { town: towns[i] }) : t('signed.place')}
                required
                value={row.place}
                onChange={(e) => edit(i, 'place', e.currentTarget.value)}
                error={errors[`ceremonies.${i}.place`]}
              />
            </Group>
          ))}
          <Text size="sm" c="dimmed">
            {t('signed.recorded')}
          </Text>
          <FormFailure title={t('signed.notKept')} message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('signed.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
