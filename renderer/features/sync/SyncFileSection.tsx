import { Alert, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_SYNC_FILE_BYTES,
  SYNC_FILE_EXTENSION,
  SyncFileProblem,
  type SyncFileImportResult,
} from '../../../shared/domain/syncFile';
import { ApiError, call, saveFile } from '../../api/client';
import { fileToBytes } from '../../api/files';
import { LongTaskProgress } from '../../forms/LongTaskProgress';
import { useLongTask, wasCancelled } from '../../forms/useLongTask';
import { errorMessage } from '../../forms/useSubmit';
import { intlLocale } from '../../i18n/format';
import { formatSize } from '../backups/files';

/**
 * No server: the committee's records saved to a file for another laptop (a USB stick, a
 * shared folder), and a file from another laptop merged here. Conflicts it brings show in
 * the list below, as those a server brings.
 */
export function SyncFileSection({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation('sync');
  const locale = intlLocale(i18n.language);
  const task = useLongTask();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** The core names what is wrong with a file it refuses; anything else in the shared words. */
  function describe(error: unknown): string {
    const issue = error instanceof ApiError ? error.error.issues?.[0] : undefined;
    const problem = SyncFileProblem.safeParse(issue?.code.replace(/^sync_file_/, ''));
    if (!issue?.code.startsWith('sync_file_') || !problem.success) return errorMessage(error, t);
    const name = String(issue.params?.name ?? '');
    if (problem.data === 'other_committee' && name === '') return t('file.problem.other_committee_unnamed');
    const size = formatSize(Number(issue.params?.size ?? 0), locale);
    return t(`file.problem.${problem.data}`, { name, size, max: formatSize(MAX_SYNC_FILE_BYTES, locale) });
  }

  function cancelledOrFailed(error: unknown) {
    if (wasCancelled(error)) notifications.show({ message: t('common:task.cancelled') });
    else setFailure(describe(error));
  }

  async function onExport() {
    setBusy('export');
    setFailure(null);
    try {
      const file = await task.run((taskId) => call('sync:exportFile', { taskId }));
      const saved = await saveFile({
        bytes: file.bytes,
        fileName: file.fileName,
        mime: 'application/x-twinning-sync',
        open: false,
      });
      if (saved.outcome === 'cancelled') return;
      notifications.show({
        color: 'green',
        message: t('file.exported', { size: formatSize(file.size, locale) }),
      });
    } catch (error) {
      cancelledOrFailed(error);
    } finally {
      setBusy(null);
    }
  }

  function importedMessage(result: SyncFileImportResult): string {
    const added = result.added === 0 ? t('file.nothingNew') : t('file.imported', { count: result.added });
    return result.conflicts > 0
      ? `${added} ${t('file.conflictsWaiting', { count: result.conflicts })}`
      : added;
  }

  async function onChoose(file: File | null) {
    setFailure(null);
    if (!file) return;
    if (file.size > MAX_SYNC_FILE_BYTES) {
      setFailure(
        t('file.tooLarge', {
          size: formatSize(file.size, locale),
          max: formatSize(MAX_SYNC_FILE_BYTES, locale),
        }),
      );
      return;
    }
    setBusy('import');
    try {
      const bytes = await fileToBytes(file);
      // Merged, never replaced: nothing of this laptop's is lost, so she is not asked first.
      const result = await task.run((taskId) => call('sync:importFile', { bytes, taskId }));
      notifications.show({
        color: result.conflicts > 0 ? 'yellow' : 'green',
        message: importedMessage(result),
      });
      onImported();
    } catch (error) {
      cancelledOrFailed(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sync-file-title">
      <Title order={3} size="h5" id="sync-file-title">
        {t('file.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('file.body')}
      </Text>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void onExport()} loading={busy === 'export'} disabled={busy === 'import'}>
            {t('file.export')}
          </Button>
          <FileButton
            onChange={(file) => void onChoose(file)}
            accept={`.${SYNC_FILE_EXTENSION}`}
            disabled={busy !== null}
          >
            {(props) => (
              <Button variant="default" loading={busy === 'import'} {...props}>
                {t('file.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        <LongTaskProgress task={task} />
      </Stack>
    </Paper>
  );
}
