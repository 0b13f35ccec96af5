import { Alert, Button, Checkbox, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ARCHIVE_BYTES } from '../../../shared/domain/handover';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LongTaskProgress } from '../../forms/LongTaskProgress';
import { useLongTask, wasCancelled } from '../../forms/useLongTask';
import { ApiError, saveFile } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { intlLocale } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { fileToBytes } from '../../api/files';
import { formatSize } from './files';

/** Export the whole data folder for a successor, or take over one handed to us. */
export function HandoverSection() {
  const { t, i18n } = useTranslation('backups');
  const exportHandover = useAppStore((s) => s.exportHandover);
  const importHandover = useAppStore((s) => s.importHandover);
  const [includeBackups, setIncludeBackups] = useState(true);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const task = useLongTask();
  const [chosen, setChosen] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [offerWithoutBackups, setOfferWithoutBackups] = useState(false);
  const locale = intlLocale(i18n.language);

  /** Export refuses what a successor's app could not open; say so, and offer the smaller file. */
  function tooLarge(error: unknown): string | null {
    const issue = error instanceof ApiError ? error.error.issues?.[0] : undefined;
    if (!issue || !issue.code.startsWith('archive_too_large')) return null;
    const vars = {
      size: formatSize(Number(issue.params?.size ?? 0), locale),
      max: formatSize(MAX_ARCHIVE_BYTES, locale),
    };
    const withBackups = issue.code === 'archive_too_large_with_backups';
    setOfferWithoutBackups(withBackups);
    return t(withBackups ? 'handover.tooLargeWithBackups' : 'handover.tooLargeEvenWithout', vars);
  }

  /** A cancelled task changed nothing: say so calmly, not as a failure. */
  function cancelledOrFailed(error: unknown, describe: (e: unknown) => string): void {
    if (wasCancelled(error)) {
      notifications.show({ message: t('common:task.cancelled') });
      return;
    }
    setFailure(describe(error));
  }

  async function onExport(withBackups = includeBackups) {
    setBusy('export');
    setFailure(null);
    setOfferWithoutBackups(false);
    try {
      const archive = await task.run((taskId) => exportHandover(withBackups, taskId));
      const saved = await saveFile({
        bytes: archive.bytes,
        fileName: archive.fileName,
        mime: 'application/zip',
        open: false,
      });
      if (saved.outcome === 'cancelled') return;
      notifications.show({
        color: 'green',
        message: t('handover.exported', { size: formatSize(archive.size, locale) }),
      });
    } catch (error) {
      cancelledOrFailed(error, (e) => tooLarge(e) ?? errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  }

  function onChoose(file: File | null) {
    setFailure(null);
    if (!file) return;
    if (file.size > MAX_ARCHIVE_BYTES) {
      setFailure(
        t('handover.tooLarge', {
          size: formatSize(file.size, locale),
          max: formatSize(MAX_ARCHIVE_BYTES, locale),
        }),
      );
      return;
    }
    setChosen(file);
  }

  async function onImport(file: File) {
    // The question is answered: the progress shows in the section, with its Cancel.
    setChosen(null);
    setBusy('import');
    try {
      const bytes = await fileToBytes(file);
      // The core announces a whole-store change and every loaded screen reloads from it.
      await task.run((taskId) => importHandover(bytes, taskId));
      notifications.show({ color: 'green', message: t('handover.imported') });
    } catch (error) {
      cancelledOrFailed(error, (e) => errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5">
        {t('handover.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('handover.body')}
      </Text>
      <Stack gap="sm">
        {failure && (
          <Alert color="red">
            {failure}
            {offerWithoutBackups && (
              <Group mt="sm">
                <Button size="xs" onClick={() => void onExport(false)} loading={busy !== null}>
                  {t('handover.exportWithoutBackups')}
                </Button>
              </Group>
            )}
          </Alert>
        )}
        <Checkbox
          label={t('handover.includeBackups')}
          checked={includeBackups}
          onChange={(e) => setIncludeBackups(e.currentTarget.checked)}
        />
        <Group>
          <Button onClick={() => void onExport()} loading={busy === 'export'} disabled={busy === 'import'}>
            {t('handover.export')}
          </Button>
          <FileButton onChange={onChoose} accept=".zip,application/zip" disabled={busy !== null}>
            {(props) => (
              <Button variant="default" loading={busy === 'import'} {...props}>
                {t('handover.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        <LongTaskProgress task={task} />
      </Stack>
      <ConfirmModal
        opened={chosen !== null}
        title={t('handover.confirmTitle')}
        message={chosen ? t('handover.confirmBody', { name: chosen.name }) : ''}
        confirmLabel={t('handover.confirm')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy !== null}
        onConfirm={() => chosen && void onImport(chosen)}
        onCancel={() => setChosen(null)}
      />
    </Paper>
  );
}
