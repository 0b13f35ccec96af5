import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/backups';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { intlLocale } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { BackupPreviewModal } from './BackupPreviewModal';
import { formatDateTime, formatSize } from './files';
import { HandoverSection } from './HandoverSection';

export function BackupsPage() {
  const { t, i18n } = useTranslation('backups');
  const backups = useAppStore((s) => s.backups);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const createBackup = useAppStore((s) => s.createBackup);
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const [failure, setFailure] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<BackupInfo | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = intlLocale(i18n.language);

  useEffect(() => {
    loadBackups().catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [loadBackups, t]);

  async function onCreate() {
    setBusy(true);
    try {
      await createBackup();
      notifications.show({ color: 'green', message: t('create.done') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  async function onRestore(backup: BackupInfo) {
    setBusy(true);
    try {
      // The core announces a whole-store change and every loaded screen reloads from it.
      await restoreBackup(backup.id);
      notifications.show({ color: 'green', message: t('restore.done') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button onClick={() => void onCreate()} loading={busy && confirming === null}>
            {t('create.action')}
          </Button>
        }
      />
      <Stack>
        {failure && <Alert color="red">{failure}</Alert>}
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('list.title')}
          </Title>
          {backups.length === 0 ? (
            <Text c="dimmed">{t('list.empty')}</Text>
          ) : (
            <Table striped highlightOnHover aria-label={t('list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.date')}</Table.Th>
                  <Table.Th>{t('list.reason')}</Table.Th>
                  <Table.Th ta="right">{t('list.size')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{formatDateTime(b.createdAt, locale)}</Table.Td>
                    <Table.Td>{t(`reason.${b.reason}`)}</Table.Td>
                    <Table.Td ta="right">{formatSize(b.size, locale)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setPreviewing(b)}
                        aria-label={t('list.openLabel', { date: formatDateTime(b.createdAt, locale) })}
                      >
                        {t('list.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed" mt="sm">
            {t('list.schedule')}
          </Text>
        </Paper>
        <HandoverSection />
      </Stack>
      <BackupPreviewModal
        backup={previewing}
        onClose={() => setPreviewing(null)}
        onRestore={(b) => {
          setPreviewing(null);
          setConfirming(b);
        }}
      />
      <ConfirmModal
        opened={confirming !== null}
        title={t('restore.confirmTitle')}
        message={
          confirming ? t('restore.confirmBody', { date: formatDateTime(confirming.createdAt, locale) }) : ''
        }
        confirmLabel={t('restore.action')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => confirming && void onRestore(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
