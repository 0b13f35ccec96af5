import { Alert, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReconnectForm } from './ReconnectForm';

/** Browser mode opened without a fresh address (a bookmark), or the host has stopped. */
export function UnreachableScreen({ detail }: { detail: string }) {
  const { t } = useTranslation('recovery');
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="yellow" title={t('unreachable.title')}>
          {t(detail === 'HOST_UNREACHABLE' ? 'unreachable.stopped' : 'unreachable.body')}
        </Alert>
        {/* Nothing was typed yet: once connected, start the app afresh. */}
        <ReconnectForm onConnected={() => window.location.reload()} />
      </Stack>
    </Container>
  );
}
