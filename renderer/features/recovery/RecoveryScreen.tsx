import { Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/domain/appStatus';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';

/** Shown instead of the app when the store could not be opened; nothing has been overwritten. */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const { t } = useTranslation('recovery');
  const startEmpty = useAppStore((s) => s.startEmpty);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = status.problem;
  if (!problem) return null;
  const canStartEmpty = problem.movedTo !== null;

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
        <Alert color={problem.code === 'TOO_NEW' || problem.code === 'LOCKED' ? 'yellow' : 'red'} title={t(`problem.${problem.code}.title`)}>
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
        <Text size="sm" c="dimmed">
          {t('nothingLost')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('detail')}: {problem.detail}
        </Text>
        {failure && <Alert color="red">{failure}</Alert>}
        {canStartEmpty && (
          <Group>
            <Button onClick={() => void onStartEmpty()}>{t('startEmpty')}</Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
