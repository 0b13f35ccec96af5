import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useSyncStatus } from './useSyncStatus';

/** Sync's state in the window's header: nothing until a server is set up. */
export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const format = useFormat();
  const { status } = useSyncStatus();
  if (!status?.configured) return null;
  const parts = [t(`state.${status.state}`)];
  if (status.conflicts > 0) parts.push(t('status.conflicts', { count: status.conflicts }));
  const title = status.lastSyncedAt
    ? t('status.lastSynced', { when: format.dateTime(status.lastSyncedAt) })
    : t('status.never');
  return (
    <Anchor
      component={Link}
      to="/sync"
      size="xs"
      c={status.conflicts > 0 || status.error ? 'red.8' : 'dimmed'}
    >
      <Text span size="xs" title={title} role="status">
        {t('indicator', { state: parts.join(' · ') })}
      </Text>
    </Anchor>
  );
}
