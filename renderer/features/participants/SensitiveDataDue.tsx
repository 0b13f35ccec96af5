import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SensitiveDue } from '../../../shared/ipc/channels/participants';
import { call } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';

const DEFAULT_KEEP_MONTHS = 3;

/**
 * On the Personal data screen: activities whose participants' diet, access and emergency data
 * were kept the chosen months after the end; their deletion keeps the people and every count.
 */
export function SensitiveDataDue() {
  const { t } = useTranslation('participants');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const keep = Math.min(120, Math.max(0, Number(params.get('keep') ?? DEFAULT_KEEP_MONTHS) || 0));
  const [due, setDue] = useState<SensitiveDue[] | null>(null);
  const [asking, setAsking] = useState<SensitiveDue | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('participants:sensitiveDue', { keepMonths: keep })
      .then(setDue)
      .catch(() => setDue([]));
  }, [keep]);

  async function erase(item: SensitiveDue) {
    setBusy(true);
    try {
      const { erased } = await call('participants:eraseSensitive', {
        activityId: item.activityId,
        keepMonths: keep,
      });
      notifications.show({
        color: 'green',
        message: t('retention.done', { count: erased, title: item.title }),
      });
      setDue(await call('participants:sensitiveDue', { keepMonths: keep }));
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h5">
          {t('retention.title')}
        </Title>
        <Text size="sm">{t('retention.intro')}</Text>
        <NumberInput
          label={t('retention.keepMonths')}
          min={0}
          max={120}
          w={220}
          allowDecimal={false}
          value={keep}
          onChange={(v) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('keep', String(typeof v === 'number' ? v : DEFAULT_KEEP_MONTHS));
                return next;
              },
              { replace: true },
            )
          }
        />
        {due && due.length === 0 ? <Text size="sm">{t('retention.nothing')}</Text> : null}
        {due?.map((item) => (
          <Group key={item.activityId} justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{item.title}</Text>
              <Text size="sm">
                {t('retention.item', {
                  count: item.participants,
                  end: format.date(item.endDate),
                  since: format.date(item.dueSince),
                })}
              </Text>
            </div>
            <Button color="red" variant="light" onClick={() => setAsking(item)}>
              {t('retention.delete')}
            </Button>
          </Group>
        ))}
      </Stack>
      <ConfirmModal
        opened={asking !== null}
        title={t('retention.confirmTitle')}
        message={asking ? t('retention.confirm', { count: asking.participants, title: asking.title }) : ''}
        confirmLabel={t('retention.delete')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => asking && void erase(asking)}
        onCancel={() => setAsking(null)}
      />
    </Paper>
  );
}
