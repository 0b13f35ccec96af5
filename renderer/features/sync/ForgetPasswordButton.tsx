import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/domain/sync';
import { call } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';

interface Props {
  user: string;
  onStatus: (status: SyncStatus) => void;
}

/**
 * Removes the member's password from this computer (the OS's secret store and the session) and
 * stops sync, after asking: a shared or handed-on laptop should not sync as her any more.
 */
export function ForgetPasswordButton({ user, onStatus }: Props) {
  const { t } = useTranslation('sync');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const forget = async () => {
    setBusy(true);
    try {
      onStatus(await call('sync:forgetPassword', {}));
      notifications.show({ color: 'green', message: t('forget.done') });
      setAsking(false);
    } catch {
      notifications.show({ color: 'red', message: t('forget.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
        {t('forget.button')}
      </Button>
      <ConfirmModal
        opened={asking}
        title={t('forget.title')}
        message={t('forget.body', { user })}
        confirmLabel={t('forget.button')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => void forget()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
