import { Alert, Code, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/domain/sync';

/** Where the password is kept on this laptop, in words: the OS's secret store, or only this session and why. */
export function PasswordKeepingNote({ status }: { status: SyncStatus | null }) {
  const { t } = useTranslation('sync');
  const keeping = status?.password;
  if (!keeping) return null;
  const key = keeping.where === 'os' ? 'os' : (keeping.reason ?? 'no_secret_store');
  return (
    // Dark red, not orange: orange on white misses the 4.5:1 contrast small text needs.
    <Text size="sm" c={keeping.where === 'os' ? 'dimmed' : 'red.9'} data-testid="sync-password-keeping">
      {t(`password.${key}`)}
    </Text>
  );
}

/**
 * What the server does not take from this member: a read-only member's changes kept here,
 * and erased records whose old versions wait for whoever runs the server.
 */
export function SyncNotices({ status }: { status: SyncStatus | null }) {
  const { t } = useTranslation('sync');
  if (!status) return null;
  const readOnly = status.access === 'read';
  const waiting = status.awaitingPurge ?? [];
  return (
    <>
      {readOnly && (
        <Alert color="yellow" role="status" title={t('access.readOnlyTitle')}>
          {status.pending ? t('access.readOnlyBody', { count: status.pending }) : t('access.readOnlyNone')}
        </Alert>
      )}
      {waiting.length > 0 && (
        <Alert color="orange" role="status" title={t('purge.title')}>
          <Text size="sm" mb="xs">
            {t('purge.body', { count: waiting.length })}
          </Text>
          <Group gap="xs">
            {waiting.map((id) => (
              <Code key={id}>{id}</Code>
            ))}
          </Group>
        </Alert>
      )}
    </>
  );
}
