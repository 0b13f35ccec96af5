import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RateDraft } from '../../../shared/domain/budget/drafts';
import { RATE_SOURCES, type RateSource } from '../../../shared/domain/money/rates';
import type { RateRecord } from '../../../shared/ipc/channels/moneyViews';
import { DateField } from '../../components/DateField';
import { useSubmit } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { DialogActions, useDialogGuard } from './useDialogGuard';
import { CURRENCY_OPTIONS } from './moneyText';

interface Values {
  from: string;
  to: string;
  rate: string;
  date: string;
  source: RateSource;
  note: string;
}

/** "4,9750" typed with a decimal comma is the rate 4.9750; grouping marks are not used in rates. */
const rateFromText = (text: string) => {
  const s = text.trim().replace(/\s/g, '');
  return !s.includes('.') && (s.match(/,/g) ?? []).length === 1 ? s.replace(',', '.') : s;
};

/** Records one exchange rate: one unit of a currency in another, on a day, from a source. */
export function RateModal(props: { rate: RateRecord | null; onClose(): void }) {
  const { t, i18n } = useTranslation('money');
  const save = useAppStore((s) => s.saveRate);
  const [initial] = useState<Values>(() => ({
    from: props.rate?.from ?? 'EUR',
    to: props.rate?.to ?? 'RON',
    rate: props.rate ? (i18n.language === 'en' ? props.rate.rate : props.rate.rate.replace('.', ',')) : '',
    date: props.rate?.date ?? '',
    source: props.rate?.source ?? 'inforeuro',
    note: props.rate?.note ?? '',
  }));
  const [values, setValues] = useState(initial);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guard = useDialogGuard(dirty, t('money:pending.rate'), props.onClose);
  const { submit, errors, failure, saving } = useSubmit(RateDraft, async (draft) => {
    await save(draft);
    guard.leave();
    props.onClose();
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    await submit({
      ...(props.rate ? { id: props.rate.id, rev: props.rate.rev } : {}),
      from: values.from,
      to: values.to,
      rate: rateFromText(values.rate),
      date: values.date,
      source: values.source,
      note: values.note,
    });
  }

  const title = props.rate ? t('rate.editTitle') : t('rate.addTitle');
  const { close } = guard;
  return (
    <Modal opened onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('close') }}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          <SimpleGrid cols={3}>
            <Select
              label={t('rate.from')}
              data={CURRENCY_OPTIONS}
              value={values.from}
              onChange={(v) => v && set('from', v)}
              searchable
              allowDeselect={false}
              error={errors.from}
              required
            />
            <TextInput
              label={t('rate.rate')}
              description={t('rate.rateHint', { from: values.from, to: values.to })}
              value={values.rate}
              onChange={(e) => set('rate', e.currentTarget.value)}
              inputMode="decimal"
              error={errors.rate}
              required
            />
            <Select
              label={t('rate.to')}
              data={CURRENCY_OPTIONS}
              value={values.to}
              onChange={(v) => v && set('to', v)}
              searchable
              allowDeselect={false}
              error={errors.to}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('rate.date')}
              value={values.date}
              onChange={(v) => set('date', v)}
              error={errors.date}
              required
            />
            <Select
              label={t('rate.source')}
              data={RATE_SOURCES.map((s) => ({ value: s, label: t(`rateSource.${s}`) }))}
              value={values.source}
              onChange={(v) => v && set('source', v as RateSource)}
              allowDeselect={false}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t('rate.note')}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errors.note}
          />
          <DialogActions failure={failure} saving={saving} onCancel={close} />
        </Stack>
      </form>
      {guard.confirm}
    </Modal>
  );
}
