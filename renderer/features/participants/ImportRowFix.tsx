import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantField } from '../../../shared/domain/activities/import/columns';
import type {
  ParticipantImportPreview,
  ParticipantPreviewRow,
} from '../../../shared/domain/activities/import/preview';

interface Props {
  row: ParticipantPreviewRow;
  columns: ParticipantImportPreview['columns'];
  onSave(values: Partial<Record<ParticipantField, string>>): void;
  onClose(): void;
}

/**
 * Puts a refused row right in the preview: each of the sheet's columns under its own heading;
 * what is typed replaces that line's cells (the file is never changed) and the row is checked again.
 */
export function ImportRowFix({ row, columns, onSave, onClose }: Props) {
  const { t } = useTranslation('participants');
  const fields = (Object.entries(columns) as [ParticipantField, string | null][]).filter(
    (entry): entry is [ParticipantField, string] => entry[1] !== null,
  );
  const [values, setValues] = useState(() =>
    Object.fromEntries(fields.map(([f]) => [f, row.values[f] ?? ''])),
  );

  function save(event: React.FormEvent) {
    event.preventDefault();
    const changed = fields.filter(([f]) => values[f] !== (row.values[f] ?? ''));
    onSave(Object.fromEntries(changed.map(([f]) => [f, values[f] ?? ''])));
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('import.fixTitle', { line: row.line })}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={save} noValidate>
        <Stack>
          <Text size="sm">{t('import.fixBody')}</Text>
          {fields.map(([f, header], i) => (
            <TextInput
              key={f}
              label={header}
              value={values[f] ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setValues((v) => ({ ...v, [f]: text }));
              }}
              data-autofocus={i === 0 || undefined}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit">{t('import.fixSave')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
