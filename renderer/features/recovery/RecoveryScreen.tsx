import { Accordion, Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/domain/appStatus';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';

/** Shown instead of the app when the store could not be opened; nothing has been overwritten. */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation('recovery');
  const format = useFormat();
  const startEmpty = useAppStore((s) => s.startEmpty);
  const takeOverLock = useAppStore((s) => s.takeOverLock);
  const backups = useAppStore((s) => s.backups);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const restoreNewestGoodBackup = useAppStore((s) => s.restoreNewestGoodBackup);
  const [failure, setFailure] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  // Another process owns the folder when it is locked: restoring is not ours to do then.
  const canRestore = status.problem !== null && status.problem.code !== 'LOCKED' && backups.length > 0;
  useEffect(() => {
    loadBackups().catch(() => undefined);
  }, [loadBackups]);
  const problem = status.problem;
  if (!problem) return null;
  const canStartEmpty = problem.movedTo !== null;
  // A lock whose process provably runs here is never offered; a crash's or another computer's is.
  const lockHold =
    problem.code === 'LOCKED' && problem.lock && problem.lock.hold !== 'held' ? problem.lock.hold : null;

  async function onTakeOver() {
    try {
      await takeOverLock();
      // Start afresh so settings (the language) and every screen load from the folder now opened.
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  async function onRestoreNewest() {
    setRestoring(true);
    try {
      await restoreNewestGoodBackup();
      // Start afresh so settings (the language) and every screen load from the restored data.
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setRestoring(false);
    }
  }

  async function onStartEmpty() {
    try {
      await startEmpty();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Alert
          color={problem.code === 'TOO_NEW' || problem.code === 'LOCKED' ? 'yellow' : 'red'}
          title={t(`problem.${problem.code}.title`)}
        >
          {t(`problem.${problem.code}.body`, { version: problem.foundVersion ?? '' })}
        </Alert>
        {problem.movedTo && (
          <Text size="sm">
            {t('movedTo')} <Code>{problem.movedTo}</Code>
          </Text>
        )}
        <Text size="sm">
          {t('dataDir')} <Code>{status.dataDir}</Code>
        </Text>
        {/* A locked folder keeps no file aside: there is nothing to send anyone. */}
        {problem.code !== 'LOCKED' && (
          <Text size="sm" c="dimmed">
            {t('nothingLost')}
          </Text>
        )}
        {/* The core's own words stay in English for whoever repairs the file; folded away under a caption in her language. */}
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="detail">
            <Accordion.Control>
              <Text size="sm" c="dimmed">
                {t('detail')}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="xs" c="dimmed" mb={6}>
                {t('detailHint')}
              </Text>
              <Code block lang="en" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {problem.detail}
              </Code>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        {lockHold && problem.lock && (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t(`takeOver.${lockHold}`, {
                pid: problem.lock.pid,
                host: problem.lock.host,
                since: format.dateTime(problem.lock.since),
              })}
            </Text>
            <Button color="yellow" onClick={() => void onTakeOver()}>
              {t('takeOver.button')}
            </Button>
          </Stack>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        {canRestore && <Text size="sm">{t('backups:recovery.hasBackups')}</Text>}
        {(canRestore || canStartEmpty) && (
          <Group>
            {canRestore && (
              <Button loading={restoring} onClick={() => void onRestoreNewest()}>
                {t('backups:recovery.restoreNewest')}
              </Button>
            )}
            {canStartEmpty && (
              <Button variant={canRestore ? 'default' : 'filled'} onClick={() => void onStartEmpty()}>
                {t('startEmpty')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Container>
  );
}
