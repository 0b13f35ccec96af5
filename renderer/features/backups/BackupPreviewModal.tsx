import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupPreview } from '../../../shared/domain/backups';
import { errorMessage } from '../../forms/useSubmit';
import { intlLocale } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { formatDateTime } from './files';

/** What one backup holds, and the way to restore it (after a confirmation). */
export function BackupPreviewModal({
  backup,
  onClose,
  onRestore,
}: {
  backup: BackupInfo | null;
  onClose(): void;
  onRestore(b: BackupInfo): void;
}) {
  const { t, i18n } = useTranslation('backups');
  const previewBackup = useAppStore((s) => s.previewBackup);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    setPreview(null);
    setFailure(null);
    if (!backup) return;
    previewBackup(backup.id).then(setPreview, (error: unknown) => setFailure(errorMessage(error, t)));
  }, [backup, previewBackup, t]);

  const locale = intlLocale(i18n.language);
  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={backup ? t('preview.title', { date: formatDateTime(backup.createdAt, locale) }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {failure && <Alert color="red">{failure}</Alert>}
      {!failure && !preview && <Loader size="sm" aria-label={t('common:loading')} />}
      {preview && (
        <Stack>
          <Text>
            {t('preview.committee')}: <strong>{preview.committeeName ?? t('preview.noName')}</strong>
          </Text>
          <Text size="sm" c="dimmed">
            {t('preview.schemaVersion', { version: preview.schemaVersion })}
          </Text>
          <Table>
            <Table.Tbody>
              {Object.entries(preview.counts).map(([collection, count]) => (
                <Table.Tr key={collection}>
                  <Table.Td>
                    {t(`collection.${collection.replace('.', '_')}`, { defaultValue: collection })}
                  </Table.Td>
                  <Table.Td ta="right">{new Intl.NumberFormat(locale).format(count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button disabled={!preview || !backup} onClick={() => backup && onRestore(backup)}>
          {t('restore.action')}
        </Button>
      </Group>
    </Modal>
  );
}
