import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PendingErasure } from '../../../shared/domain/privacy';
import { intlLocale } from '../../i18n/format';

interface Props {
  pending: PendingErasure;
  busy: boolean;
  onFinish(): void;
}

/** What an unfinished erasure left: the records (erased or not yet), the backups still holding the person. */
export function PendingErasureAlert({ pending, busy, onFinish }: Props) {
  const { t, i18n } = useTranslation('privacy');
  const names =
    pending.names.length > 0
      ? new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(pending.names)
      : t('pending.unnamed');
  return (
    <Alert color="orange" title={t('pending.title')}>
      <Text size="sm">
        {t(pending.recordsLeft > 0 ? 'pending.notErased' : 'pending.erased', {
          names,
          value: pending.backupsLeft,
        })}
      </Text>
      <Text size="sm" mt={4}>
        {t('pending.finishHint')}
      </Text>
      <Button mt="sm" onClick={onFinish} loading={busy}>
        {t('pending.finish')}
      </Button>
    </Alert>
  );
}
