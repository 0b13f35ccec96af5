import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { connection, type ConnectionState } from '../api/connection';
import { flushPending } from './pendingChanges';
import { ReconnectForm } from '../features/recovery/ReconnectForm';

/** How often a tab that lost its host asks whether it is back. */
const PROBE_EVERY_MS = 2000;

/**
 * Browser mode: says so when the host has stopped or does not know this tab, while every form
 * keeps what was typed; once the host answers again, what saves by itself is saved.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const [state, setState] = useState<ConnectionState>(connection.get());

  useEffect(
    () =>
      connection.subscribe((next) => {
        setState(next);
        if (next === 'connected') void flushPending();
      }),
    [],
  );
  useEffect(() => {
    if (state !== 'lost') return;
    const timer = window.setInterval(
      () => void call('app:status', {}).catch(() => undefined),
      PROBE_EVERY_MS,
    );
    return () => window.clearInterval(timer);
  }, [state]);

  if (state === 'connected') return null;
  return (
    <Alert
      color={state === 'lost' ? 'orange' : 'yellow'}
      title={t(state === 'lost' ? 'connection.lostTitle' : 'connection.refusedTitle')}
      role="alert"
      radius={0}
      style={{ position: 'sticky', top: 0, zIndex: 300 }}
    >
      {t(state === 'lost' ? 'connection.lostBody' : 'connection.refusedBody')}
      {state === 'refused' && <ReconnectForm />}
    </Alert>
  );
}
