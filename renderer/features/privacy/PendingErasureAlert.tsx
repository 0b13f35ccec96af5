import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PendingErasure } from '../../../shared/domain/privacy';
import { intlLocale } from '../../i18n/format';

/** Reasons with their own advice; any other says to try again. */
const STOPPED_BY = new Set(['DISK_FULL', 'PERMISSION_DENIED']);

interface Props {
  pending: PendingErasure;
  /** The error code it stopped with just now, if it did. */
  stoppedBy: string | null;
  busy: boolean;
  onFinish(): void;
}

/** What an unfinished erasure left: the records (erased or not yet), the backups still holding the person. */
export function PendingErasureAlert({ pending, stoppedBy, busy, onFinish }: Props) {
  const { t, i18n } = useTranslation('privacy');
  const names =
    pending.names.length > 0
      ? new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(pending.names)
      : t('pending.unnamed');
  return (
    <Alert color="orange" title={t('pending.title')} role={stoppedBy === null ? undefined : 'alert'}>
      <Text size="sm">
        {t(pending.recordsLeft > 0 ? 'pending.notErased' : 'pending.erased', {
          names,
          value: pending.backupsLeft,
        })}
      </Text>
      <Text size="sm" mt={4}>
        {stoppedBy === null
          ? t('pending.finishHint')
          : t(`pending.stopped.${STOPPED_BY.has(stoppedBy) ? stoppedBy : 'other'}`)}
      </Text>
      <Button mt="sm" onClick={onFinish} loading={busy}>
        {t('pending.finish')}
      </Button>
    </Alert>
  );
}
