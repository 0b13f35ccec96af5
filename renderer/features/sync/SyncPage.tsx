import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../shared/domain/sync';
import { call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { ConflictCard } from './ConflictCard';
import { SyncFileSection } from './SyncFileSection';
import { SyncSetupForm } from './SyncSetupForm';
import { SyncNotices } from './SyncNotices';
import { SyncStatusPanel } from './SyncStatusPanel';
import { useSyncStatus } from './useSyncStatus';

/**
 * Sync with the committee's server (set it up, start it, see how it goes) or by exchanging a
 * file, and decide the conflicts either brings.
 */
export function SyncPage() {
  const { t } = useTranslation('sync');
  const { status, setStatus, refresh } = useSyncStatus();
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  const load = useCallback(async () => setConflicts(await call('sync:conflicts', {})), []);
  const count = status?.conflicts ?? 0;
  // A new conflict shows up in the status first; the list follows it.
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load, count]);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Stack maw={900}>
        <SyncSetupForm status={status} onStatus={setStatus} />
        <SyncStatusPanel status={status} />
        <SyncNotices status={status} />
        <SyncFileSection
          onImported={() => {
            void refresh();
            void load().catch(() => undefined);
          }}
        />
        <section aria-labelledby="sync-conflicts-title">
          <Title order={3} size="h5" id="sync-conflicts-title" mb="xs">
            {t('conflicts.title')}
          </Title>
          {conflicts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('conflicts.none')}
            </Text>
          ) : (
            <Stack>
              <Text size="sm">{t('conflicts.intro')}</Text>
              {conflicts.map((c) => (
                <ConflictCard
                  key={`${c.collection}:${c.id}:${c.winner.rev}`}
                  conflict={c}
                  onResolve={async (choice) => {
                    setConflicts(
                      await call('sync:resolve', { collection: c.collection, id: c.id, ...choice }),
                    );
                  }}
                />
              ))}
            </Stack>
          )}
        </section>
      </Stack>
    </>
  );
}
