import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../forms/useSubmit';
import { useAppStore } from '../state/store';
import { unsavedNames } from './pendingChanges';

/**
 * Always in view while the sample committee is open, so nobody takes it for the committee's
 * own records, with the way back.
 */
export function SampleBanner() {
  const { t } = useTranslation();
  const sample = useAppStore((s) => s.status?.sample === true);
  const leaveSample = useAppStore((s) => s.leaveSample);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (!sample) return null;

  async function back() {
    // Typing in the sample is asked about first, as anywhere; the next click goes back.
    if (unsavedNames().length > 0) return void navigate('/');
    setBusy(true);
    try {
      await navigate('/');
      await leaveSample();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Alert color="grape" variant="light" mb="md" title={t('sample.title')} role="status">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">{t('sample.body')}</Text>
        <Button size="xs" color="grape" loading={busy} onClick={() => void back()}>
          {t('sample.back')}
        </Button>
      </Group>
    </Alert>
  );
}
