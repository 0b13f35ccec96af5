import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useSyncStatus } from './useSyncStatus';

/**
 * Sync's state in the window's header: nothing until a server is set up or a sync file
 * brought a conflict (with files only, there is no state to tell, only the conflicts).
 */
export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const format = useFormat();
  const { status } = useSyncStatus();
  if (!status || (!status.configured && status.conflicts === 0)) return null;
  const parts = status.configured ? [t(`state.${status.state}`)] : [];
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
