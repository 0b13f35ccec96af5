import { Alert, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Browser mode opened without its token, or the host has stopped. */
export function UnreachableScreen({ detail }: { detail: string }) {
  const { t } = useTranslation('recovery');
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('unreachable.title')}>
        {t('unreachable.body')} ({detail})
      </Alert>
    </Container>
  );
}
