import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../shared/domain/csv/importHeaders';
import type { PreviewRow } from '../../../shared/domain/importPreview';
import { intlLocale } from '../../i18n/format';

/** The cells a refused row is most often refused for; the others can be fixed after the import. */
export const FIXABLE_FIELDS: readonly ImportField[] = [
  'partner',
  'country',
  'year',
  'kind',
  'status',
  'region',
];

interface Props {
  row: PreviewRow;
  onSave(values: Partial<Record<ImportField, string>>): void;
  onClose(): void;
}

/**
 * Puts a refused row right without leaving the preview: what is typed replaces the file's cells
 * for this line only, the preview checks the row again, and the file itself is never changed.
 */
export function RowEditModal({ row, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation('import');
  const [values, setValues] = useState(() =>
    Object.fromEntries(FIXABLE_FIELDS.map((f) => [f, row.values[f] ?? ''])),
  );
  useUnsavedChanges(useChangedSinceOpened(values), t('common:pending.importRow', { line: row.line }));
  const label = (f: ImportField) => {
    const name = t(`field.${f}`);
    return name.charAt(0).toLocaleUpperCase(intlLocale(i18n.language)) + name.slice(1);
  };

  function save(event: React.FormEvent) {
    event.preventDefault();
    const changed = FIXABLE_FIELDS.filter((f) => values[f] !== (row.values[f] ?? ''));
    onSave(Object.fromEntries(changed.map((f) => [f, values[f] ?? ''])));
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('fix.title', { line: row.line })}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={save} noValidate>
        <Stack>
          <Text size="sm">{t('fix.body')}</Text>
          {FIXABLE_FIELDS.map((f, i) => (
            <TextInput
              key={f}
              label={label(f)}
              value={values[f]}
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
            <Button type="submit">{t('fix.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
